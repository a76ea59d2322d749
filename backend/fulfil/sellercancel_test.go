package fulfil

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// 판매 취소 on Coupang through the one write pipeline (article 360033843154): a 결제완료 box and a
// 상품준비중 box cancelled, stored cancelled with the audit entry naming Coupang's receipt, and read
// back as cancelled by the next sync.
func TestCoupangSellerCancelThroughThePipeline(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" })
	boxes := r.sim.AddOrders(2)
	_, err := r.client.Acknowledge(ctx, boxes[1:])
	require.NoError(t, err)
	ids := []string{strconv.FormatInt(boxes[0], 10), strconv.FormatInt(boxes[1], 10)}
	r.read(t, ids...)
	keys := []string{order.ShipmentKey(order.Coupang, ids[0]), order.ShipmentKey(order.Coupang, ids[1])}

	out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "재고 소진으로 품절", WingID: "wing-seller"}, keys, "seller")
	require.NoError(t, err)
	require.Len(t, out.Items, 2)
	for i, it := range out.Items {
		assert.Equal(t, OK, it.Result, "%d: %s", i, it.Message)
		assert.Equal(t, order.StatusCanceled, it.Status)
		s, err := r.st.Shipment(ctx, keys[i])
		require.NoError(t, err)
		assert.Equal(t, order.StatusCanceled, s.Status, "it leaves the lists to print")
		assert.Zero(t, s.UnitsToShip())
		audit, err := r.st.Audit(ctx, store.AuditQuery{ShipmentKey: keys[i]})
		require.NoError(t, err)
		found := false
		for _, a := range audit {
			if a.Action == "seller-cancel" {
				found = true
				assert.Contains(t, a.Detail, "재고 소진으로 품절")
				assert.Contains(t, a.Detail, "쿠팡 접수번호")
			}
		}
		assert.True(t, found, "audited")
	}
	assert.Equal(t, 2, r.sim.Calls(coupangsim.EndpointSellerCancel), "one call per box")
	v, _ := r.sim.Box(boxes[0])
	assert.True(t, v.FullyCancel)
	v, _ = r.sim.Box(boxes[1])
	assert.Zero(t, v.UnitsToShip)

	// the next sync reads them cancelled too
	require.NoError(t, r.engine.Run(ctx, r.src).Err)
	for _, k := range keys {
		s, err := r.st.Shipment(ctx, k)
		require.NoError(t, err)
		assert.Equal(t, order.StatusCanceled, s.Status)
	}

	// sent again: cancelled already, nothing sent
	out, err = r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", WingID: "wing-seller"}, keys, "seller")
	require.NoError(t, err)
	for _, it := range out.Items {
		assert.Equal(t, Skipped, it.Result)
		assert.Contains(t, it.Message, "이미 취소된 주문입니다")
	}
	assert.Equal(t, 2, r.sim.Calls(coupangsim.EndpointSellerCancel))
}

// Checked before anything is sent, in Korean: a reason is required; a box dispatched or cancelled
// already is refused without a call; a Coupang box needs the WING login id; and the box is read back
// FIRST: one the buyer cancelled meanwhile is not sent.
func TestSellerCancelRefusedBeforeSending(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRig(t)
	boxes := r.sim.AddOrders(3)
	var ids, keys []string
	for _, b := range boxes {
		ids = append(ids, strconv.FormatInt(b, 10))
		keys = append(keys, order.ShipmentKey(order.Coupang, ids[len(ids)-1]))
	}
	r.read(t, ids...)
	req := SellerCancelRequest{Reason: "품절", WingID: "wing-seller"}

	_, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "  ", WingID: "wing-seller"}, keys, "seller")
	var ue *usererr.Error
	require.ErrorAs(t, err, &ue)
	assert.Contains(t, ue.Korean, "사유")

	out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절"}, keys[:1], "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "WING 로그인 ID")

	require.NoError(t, r.st.Update(ctx, keys[0], func(s *order.Shipment) error { s.Status = order.StatusShipped; return nil }))
	require.NoError(t, r.st.Update(ctx, keys[1], func(s *order.Shipment) error { s.Status = order.StatusCanceled; return nil }))
	out, err = r.p.SellerCancel(ctx, req, keys, "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "이미 발송된 주문")
	assert.Equal(t, Skipped, out.Items[1].Result)
	assert.Contains(t, out.Items[1].Message, "이미 취소된 주문입니다")
	assert.Equal(t, OK, out.Items[2].Result, out.Items[2].Message)
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointSellerCancel), "only the box still to send")
}

// READ BACK FIRST, a lost answer and a refusal: a box the buyer cancelled since the last sync is not
// sent; an answer lost after Coupang applied the cancel is read back (ok) and never resent; one lost
// before is read back (not cancelled) and not resent either; Coupang's refusal is in Korean with its
// own words, and the box is read back.
func TestSellerCancelReadBackLostAndRefused(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" })
	boxes := r.sim.AddOrders(4)
	var ids, keys []string
	for _, b := range boxes {
		ids = append(ids, strconv.FormatInt(b, 10))
		keys = append(keys, order.ShipmentKey(order.Coupang, ids[len(ids)-1]))
	}
	r.read(t, ids...)
	req := SellerCancelRequest{Reason: "품절", WingID: "wing-seller"}

	v, _ := r.sim.Box(boxes[0])
	_, err := r.sim.CancelBox(boxes[0], v.Units) // the buyer cancelled at 결제완료, not synced yet
	require.NoError(t, err)
	out, err := r.p.SellerCancel(ctx, req, keys[:1], "seller")
	require.NoError(t, err)
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "쿠팡에서 이미 취소된 주문입니다")
	assert.Zero(t, r.sim.Calls(coupangsim.EndpointSellerCancel), "read back first: not sent")
	s, err := r.st.Shipment(ctx, keys[0])
	require.NoError(t, err)
	assert.Equal(t, order.StatusCanceled, s.Status, "the read-back is stored")

	r.sim.InjectFault(coupangsim.EndpointSellerCancel, coupangsim.FaultGatewayTimeoutApplied)
	out, err = r.p.SellerCancel(ctx, req, keys[1:2], "seller")
	require.NoError(t, err)
	assert.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.True(t, out.Items[0].ReadBack)
	assert.Contains(t, out.Items[0].Message, "응답이 끊겨")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointSellerCancel), "never resent")

	r.sim.InjectFault(coupangsim.EndpointSellerCancel, coupangsim.FaultGatewayTimeout)
	out, err = r.p.SellerCancel(ctx, req, keys[2:3], "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.True(t, out.Items[0].ReadBack)
	assert.Contains(t, out.Items[0].Message, "판매 취소되지 않았습니다")
	assert.Equal(t, 2, r.sim.Calls(coupangsim.EndpointSellerCancel), "never resent")

	out, err = r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", WingID: "someone-else"}, keys[3:], "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "쿠팡이 요청 내용을 거부했습니다")
	assert.Contains(t, out.Items[0].Message, "올바른 유저 ID")
	s, err = r.st.Shipment(ctx, keys[3])
	require.NoError(t, err)
	require.NotNil(t, s.WriteProblem, "the failure stays on the box")
	assert.Equal(t, "seller-cancel", s.WriteProblem.Action)
	assert.Equal(t, order.StatusPaid, s.Status)
}

// 판매 취소 on Naver (취소 요청, seller-request-cancel-pay-order-seller.md) through the pipeline: no WING
// id needed; cancelled and stored so with SOLD_OUT and the seller's words; read back first (the
// buyer's open cancel request is answered instead, not overridden); a lost answer read back, never
// resent.
func TestNaverSellerCancelThroughThePipeline(t *testing.T) {
	ctx := context.Background()
	r := newNaverRig(t)
	ids := r.sim.AddOrders(3)
	keys := r.stored(t, ids...)
	req := SellerCancelRequest{Reason: "재고 소진으로 품절"}

	out, err := r.p.SellerCancel(ctx, req, keys[:1], "seller")
	require.NoError(t, err)
	assert.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	v, _ := r.sim.Order(ids[0])
	assert.Equal(t, "CANCELED", v.Status)
	s, err := r.st.Shipment(ctx, keys[0])
	require.NoError(t, err)
	assert.Equal(t, order.StatusCanceled, s.Status)

	require.NoError(t, r.sim.RequestCancel(ids[1], "단순 변심")) // not synced yet
	out, err = r.p.SellerCancel(ctx, req, keys[1:2], "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "구매자의 취소 요청이 열려 있습니다")
	assert.Equal(t, 1, r.sim.Calls()[naversim.EndpointCancelRequest], "read back first: not sent")

	r.sim.InjectFault(naversim.EndpointCancelRequest, naversim.FaultAppliedTimeout)
	out, err = r.p.SellerCancel(ctx, req, keys[2:], "seller")
	require.NoError(t, err)
	assert.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.True(t, out.Items[0].ReadBack)
	assert.Equal(t, 2, r.sim.Calls()[naversim.EndpointCancelRequest], "never resent")
}

// The WING login id saved with the Coupang account (the client's) is used when the request has
// none; one given with the request overrides it for that call; neither: the seller is told where
// to save it, and nothing is sent. The simulator takes only the seller's own id.
func TestSellerCancelSavedWingID(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		saved, given string
		want         Result
		calls        int
	}{
		"saved, none given":          {saved: "wing-seller", want: OK, calls: 1},
		"given overrides the saved":  {saved: "someone-else", given: "wing-seller", want: OK, calls: 1},
		"given wrong over the saved": {saved: "wing-seller", given: "someone-else", want: Failed, calls: 1},
		"none saved, none given":     {want: Failed},
	} {
		t.Run(name, func(t *testing.T) {
			r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" }, coupang.WithWingUserID(tc.saved))
			boxes := r.sim.AddOrders(1)
			id := strconv.FormatInt(boxes[0], 10)
			r.read(t, id)
			key := order.ShipmentKey(order.Coupang, id)
			out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", WingID: tc.given}, []string{key}, "seller")
			require.NoError(t, err)
			assert.Equal(t, tc.want, out.Items[0].Result, out.Items[0].Message)
			assert.Equal(t, tc.calls, r.sim.Calls(coupangsim.EndpointSellerCancel))
			if tc.saved == "" && tc.given == "" {
				assert.Equal(t, NoWingID, out.Items[0].Message)
				assert.Contains(t, out.Items[0].Message, "설정 > 쿠팡")
			}
		})
	}
}
