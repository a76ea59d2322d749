package coupangsim

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A partial 주문 상품 취소 처리 at 상품준비중, as article 360033843154 has it: counts per vendor item,
// the answer's STOP_SHIPMENT receipt naming only the items cancelled with their total, the
// cancelCount of those items (and of no other) grown on the next order-sheet read, the box still
// INSTRUCT with the rest to ship; a vendor item named twice counts both against what is left; and
// the all-failed answer is the article's third example (a 400 naming every failed item).
func TestSellerCancelPartialAtInstruct(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Versions = nil; c.WingUserID = "wing-seller" })
	box, err := h.sim.AddBoxOf("윤세아", 0, ItemCount{81000000101, 3}, ItemCount{81000000401, 1}, ItemCount{81000000601, 2})
	require.NoError(t, err)
	v, _ := h.sim.Box(box)
	body := func(ids []int64, counts []int) map[string]any {
		return map[string]any{"orderId": v.OrderID, "vendorItemIds": ids, "receiptCounts": counts, "bigCancelCode": "CANERR",
			"middleCancelCode": "CCTTER", "vendorId": "A00012345", "userId": "wing-seller"}
	}
	post := func(m map[string]any) (int, map[string]any) {
		st, out, _ := h.do("POST", pathAt("v5", "/orders/"+strconv.FormatInt(v.OrderID, 10)+"/cancel"), "", m)
		return st, out
	}
	sheet := func() map[int64][2]float64 { // vendor item → shippingCount, cancelCount
		st, out, _ := h.do("GET", pathAt("v5", "/ordersheets/"+strconv.FormatInt(box, 10)), "", nil)
		require.Equal(t, 200, st)
		got := map[int64][2]float64{}
		for _, it := range out["data"].(map[string]any)["orderItems"].([]any) {
			it := it.(map[string]any)
			got[int64(it["vendorItemId"].(float64))] = [2]float64{it["shippingCount"].(float64), it["cancelCount"].(float64)}
		}
		return got
	}

	st, out := post(body([]int64{81000000101}, []int{1}))
	assert.Equal(t, 400, st, "결제완료: whole only")
	assert.Contains(t, out["message"], "부분 취소는 불가능합니다")
	require.NoError(t, h.sim.Instruct(box))

	st, out = post(body([]int64{81000000101, 81000000101}, []int{2, 2}))
	assert.Equal(t, 400, st, "named twice: 4 asked of 3 left")
	assert.Equal(t, "400", out["code"])
	assert.Equal(t, []any{float64(81000000101)}, out["data"].(map[string]any)["failedVendorItemIds"])
	assert.Empty(t, out["data"].(map[string]any)["receiptMap"])
	assert.Contains(t, out["message"], "취소 가능한 개수보다 요청한 개수가 더 많습니다")
	assert.Equal(t, [2]float64{3, 0}, sheet()[81000000101], "a refusal changes nothing")

	st, out = post(body([]int64{81000000101}, []int{1}))
	require.Equal(t, 200, st, "%v", out)
	assert.Equal(t, "SUCCESS", out["code"])
	rm := out["data"].(map[string]any)["receiptMap"].(map[string]any)
	require.Len(t, rm, 1)
	for _, r := range rm {
		r := r.(map[string]any)
		assert.Equal(t, "STOP_SHIPMENT", r["receiptType"])
		assert.Equal(t, []any{float64(81000000101)}, r["vendorItemIds"])
		assert.Equal(t, float64(1), r["totalCount"])
	}
	got := sheet()
	assert.Equal(t, [2]float64{3, 1}, got[81000000101], "1 of 3 cancelled")
	assert.Equal(t, [2]float64{1, 0}, got[81000000401], "the other items untouched")
	assert.Equal(t, [2]float64{2, 0}, got[81000000601])
	v, _ = h.sim.Box(box)
	assert.Equal(t, "INSTRUCT", v.Status, "the rest still to ship")
	assert.Equal(t, 5, v.Units)

	st, out = post(body([]int64{81000000101}, []int{3}))
	assert.Equal(t, 400, st, "only 2 left now")
	assert.Contains(t, out["message"], "취소 가능한 개수보다")
	st, out = post(body([]int64{81000000101, 81000000401}, []int{2, 1}))
	require.Equal(t, 200, st, "%v", out)
	for _, r := range out["data"].(map[string]any)["receiptMap"].(map[string]any) {
		assert.Equal(t, float64(3), r.(map[string]any)["totalCount"])
	}
	got = sheet()
	assert.Equal(t, [2]float64{3, 3}, got[81000000101])
	assert.Equal(t, [2]float64{1, 1}, got[81000000401])
	assert.Equal(t, [2]float64{2, 0}, got[81000000601])
}
