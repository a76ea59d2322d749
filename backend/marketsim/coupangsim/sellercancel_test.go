package coupangsim

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 주문 상품 취소 처리 as article 360033843154 and its portal form have it: v5; only ACCEPT (whole)
// and INSTRUCT (in part too); refused once dispatched, for counts above what is left, for a wrong
// reason code or WING id, for items of two boxes; the box read back is cancelled and the receipt is
// listed.
func TestSellerCancelStrict(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil; c.WingUserID = "wing-seller" })
	ids := h.sim.AddOrders(4)
	type line struct {
		vid  int64
		left int
		per  int // units a bundle counts in the order sheet's basis
	}
	lines := func(id int64) []line {
		h.sim.mu.Lock()
		defer h.sim.mu.Unlock()
		var out []line
		for _, it := range h.sim.boxes[id].Items {
			per := 1 // the order sheet's basis: a bundle option in units since 2024-04-12
			if it.BundleSize > 1 && h.sim.bundleForm == BundleFormUnits {
				per = it.BundleSize
			}
			out = append(out, line{it.VendorItemID, (it.Count - it.CancelCount - it.HoldCount) * per, per})
		}
		return out
	}
	body := func(id int64, ls []line, edit func(map[string]any)) (int64, map[string]any) {
		v, _ := h.sim.Box(id)
		var vids []int64
		var counts []int
		for _, l := range ls {
			vids, counts = append(vids, l.vid), append(counts, l.left)
		}
		m := map[string]any{"orderId": v.OrderID, "vendorItemIds": vids, "receiptCounts": counts, "bigCancelCode": "CANERR",
			"middleCancelCode": "CCTTER", "vendorId": "A00012345", "userId": "wing-seller"}
		if edit != nil {
			edit(m)
		}
		return v.OrderID, m
	}
	post := func(orderID int64, m map[string]any) (int, map[string]any) {
		st, out, _ := h.do("POST", pathAt("v5", "/orders/"+strconv.FormatInt(orderID, 10)+"/cancel"), "", m)
		return st, out
	}
	msg := func(m map[string]any) string { s, _ := m["message"].(string); return s }

	// the documented refusals, nothing changed
	whole := lines(ids[0])
	for _, tc := range []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"big code", func(m map[string]any) { m["bigCancelCode"] = "CANCEL" }, "대분류 코드를 확인"},
		{"middle code", func(m map[string]any) { m["middleCancelCode"] = "SOLD_OUT" }, "중분류 코드를 확인"},
		{"no middle code", func(m map[string]any) { delete(m, "middleCancelCode") }, "중분류 코드를 입력"},
		{"wing id", func(m map[string]any) { m["userId"] = "someone" }, "올바른 유저 ID"},
		{"vendor", func(m map[string]any) { m["vendorId"] = "A00099999" }, "업체 ID"},
		{"pairs", func(m map[string]any) { m["receiptCounts"] = []int{} }, "개수 목록"},
		{"zero", func(m map[string]any) {
			c := make([]int, len(whole))
			m["receiptCounts"] = c
		}, "개수 목록"},
	} {
		oid, m := body(ids[0], whole, tc.edit)
		st, out := post(oid, m)
		assert.Equal(t, 400, st, tc.name)
		assert.Contains(t, msg(out), tc.want, tc.name)
	}
	oid, m := body(ids[0], whole, nil)
	st, _, _ := h.do("POST", pathAt("v4", "/orders/"+strconv.FormatInt(oid, 10)+"/cancel"), "", m)
	assert.Equal(t, 404, st, "v5 only")

	// ACCEPT: whole only; then cancelled at once, out of the lists, a CANCEL receipt
	if whole[0].left > whole[0].per {
		part := append([]line{{whole[0].vid, whole[0].left - whole[0].per, whole[0].per}}, whole[1:]...)
		oid, m = body(ids[0], part, nil)
		st, out := post(oid, m)
		assert.Equal(t, 400, st)
		assert.Contains(t, msg(out), "부분 취소는 불가능합니다")
	}
	oid, m = body(ids[0], whole[:1], func(m map[string]any) { m["receiptCounts"] = []int{whole[0].left + 1} })
	st, out := post(oid, m)
	assert.Equal(t, 400, st)
	assert.Contains(t, msg(out), "취소 가능한 개수보다 요청한 개수가 더 많습니다")
	v, _ := h.sim.Box(ids[0])
	require.Zero(t, v.CanceledQty, "refusals change nothing")

	oid, m = body(ids[0], whole, nil)
	st, out = post(oid, m)
	require.Equal(t, 200, st, "%v", out)
	assert.Equal(t, "SUCCESS", out["code"])
	data := out["data"].(map[string]any)
	assert.Empty(t, data["failedVendorItemIds"])
	rm := data["receiptMap"].(map[string]any)
	require.Len(t, rm, 1)
	for k, r := range rm {
		r := r.(map[string]any)
		assert.Equal(t, k, strconv.FormatInt(int64(r["receiptId"].(float64)), 10))
		assert.Equal(t, "CANCEL", r["receiptType"])
	}
	v, _ = h.sim.Box(ids[0])
	assert.True(t, v.FullyCancel)
	assert.False(t, v.Listed, "cancelled at 결제완료: out of the lists")
	assert.Equal(t, "ACCEPT", v.Status)
	_, sheet, _ := h.do("GET", pathAt("v5", "/ordersheets/"+strconv.FormatInt(ids[0], 10)), "", nil)
	for _, it := range sheet["data"].(map[string]any)["orderItems"].([]any) {
		it := it.(map[string]any)
		assert.Equal(t, it["shippingCount"], it["cancelCount"], "the box read back is cancelled")
	}
	st, out = post(oid, m)
	assert.Equal(t, 400, st, "nothing left to cancel")
	assert.Contains(t, msg(out), "취소 가능한 개수보다")

	// INSTRUCT: in part too, a stop-shipment receipt answered 출고중지; PARTIAL names what failed
	st, _, _ = h.do("PUT", pathAt("v4", "/ordersheets/acknowledgement"), "", map[string]any{"vendorId": "A00012345", "shipmentBoxIds": []int64{ids[1]}})
	require.Equal(t, 200, st)
	// make the box two items, and give its order a second box (ids[3])
	h.sim.mu.Lock()
	b1, b3 := h.sim.boxes[ids[1]], h.sim.boxes[ids[3]]
	for _, p := range catalog {
		for _, it := range p.Items {
			if it.VendorItemID != b1.Items[0].VendorItemID && len(b1.Items) == 1 {
				b1.Items = append(b1.Items, &boxItem{catalogItem: it, Product: &p, Count: 2})
			}
		}
	}
	delete(h.sim.orders, b3.OrderID)
	b3.OrderID = b1.OrderID
	h.sim.orders[b1.OrderID] = append(h.sim.orders[b1.OrderID], b3.ID)
	h.sim.mu.Unlock()
	ls := lines(ids[1])
	require.Len(t, ls, 2)
	oid, m = body(ids[1], []line{ls[0], lines(ids[3])[0]}, nil)
	st, out = post(oid, m)
	assert.Equal(t, 400, st, "items of two boxes in one call")
	assert.Contains(t, msg(out), "shipmentBoxId")

	oid, m = body(ids[1], []line{{ls[0].vid, ls[0].per, ls[0].per}, {ls[1].vid, ls[1].left + 5, ls[1].per}}, nil)
	st, out = post(oid, m)
	require.Equal(t, 200, st, "%v", out)
	assert.Equal(t, "PARTIAL", out["code"])
	assert.Equal(t, []any{float64(ls[1].vid)}, out["data"].(map[string]any)["failedVendorItemIds"])
	assert.Contains(t, msg(out), "취소 가능한 개수보다")
	for _, r := range out["data"].(map[string]any)["receiptMap"].(map[string]any) {
		assert.Equal(t, "STOP_SHIPMENT", r.(map[string]any)["receiptType"])
	}
	v, _ = h.sim.Box(ids[1])
	assert.Equal(t, 1, v.CanceledQty)
	_, list, _ := h.do("GET", pathAt("v6", "/returnRequests"), "createdAtFrom=2024-04-10&createdAtTo=2024-04-10&status=CC", nil)
	found := false
	for _, r := range list["data"].([]any) {
		r := r.(map[string]any)
		if r["orderId"] == float64(oid) {
			found = true
			assert.Equal(t, "처리(출고중지)", r["releaseStopStatus"])
			assert.Equal(t, "품절", r["cancelReasonCategory2"])
			assert.Equal(t, "VENDOR", r["faultByType"])
		}
	}
	assert.True(t, found, "the seller's cancel is listed as a completed receipt")

	// dispatched: refused, as any status past 상품준비중
	shipped(h, ids[2])
	oid, m = body(ids[2], lines(ids[2]), nil)
	st, out = post(oid, m)
	assert.Equal(t, 400, st)
	assert.Contains(t, msg(out), "결제완료/상품지시 중 상태가 아닙니다")
	v, _ = h.sim.Box(ids[2])
	assert.Zero(t, v.CanceledQty)
}
