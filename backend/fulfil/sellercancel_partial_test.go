package fulfil

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Three goods in one Coupang box: rice × 3, a tumbler, laver × 2.
const (
	riceItem    = "81000000101"
	tumblerItem = "81000000401"
	laverItem   = "81000000601"
)

// threeGoodsBox adds a box of the three goods on the simulator, moves it to 상품준비중 when
// instruct, stores it as read, and returns its key and box id.
func threeGoodsBox(t *testing.T, r *coupangRig, instruct bool) (string, int64) {
	t.Helper()
	box, err := r.sim.AddBoxOf("", 0, coupangsim.ItemCount{VendorItemID: 81000000101, Count: 3},
		coupangsim.ItemCount{VendorItemID: 81000000401, Count: 1}, coupangsim.ItemCount{VendorItemID: 81000000601, Count: 2})
	require.NoError(t, err)
	if instruct {
		require.NoError(t, r.sim.Instruct(box))
	}
	id := strconv.FormatInt(box, 10)
	r.read(t, id)
	return order.ShipmentKey(order.Coupang, id), box
}

func lineQty(t *testing.T, s order.Shipment, itemID string) (canceled, left int) {
	t.Helper()
	canceled, left = sumsOf(&s, itemID)
	require.NotNil(t, lineOf(&s, itemID), itemID)
	return canceled, left
}

// A partial 판매 취소 at 상품준비중 through the one pipeline: only the asked units are sent
// (출고중지 of 1 of 3 rice), the box read back shows them cancelled, the stored box stays to ship
// with what is left (the lists count 5 units), the audit names the line and count with Coupang's
// receipt, the next sync agrees and holds nothing; then a request naming all that is left is
// sent as the whole box and cancels it.
func TestCoupangPartialSellerCancelAtInstruct(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" })
	key, box := threeGoodsBox(t, r, true)

	out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "현미 품절", WingID: "wing-seller",
		Lines: map[string]int{riceItem: 1, tumblerItem: 0}}, []string{key}, "seller")
	require.NoError(t, err)
	require.Len(t, out.Items, 1)
	it := out.Items[0]
	require.Equal(t, OK, it.Result, it.Message)
	assert.Equal(t, order.StatusAcknowledged, it.Status, "the rest still to ship")
	assert.Contains(t, it.Message, "남은 상품은 그대로 보내세요")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointSellerCancel))
	v, _ := r.sim.Box(box)
	assert.Equal(t, 1, v.CanceledQty, "only 1 unit sent")
	assert.Equal(t, "INSTRUCT", v.Status)

	s, err := r.st.Shipment(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, order.StatusAcknowledged, s.Status)
	c, left := lineQty(t, s, riceItem)
	assert.Equal(t, [2]int{1, 2}, [2]int{c, left}, "rice: 1 cancelled, 2 to ship")
	c, left = lineQty(t, s, tumblerItem)
	assert.Equal(t, [2]int{0, 1}, [2]int{c, left})
	assert.Equal(t, 5, s.UnitsToShip(), "the lists count what is left")
	audit, err := r.st.Audit(ctx, store.AuditQuery{ShipmentKey: key})
	require.NoError(t, err)
	var detail string
	for _, a := range audit {
		if a.Action == "seller-cancel" {
			detail = a.Detail
		}
	}
	assert.Contains(t, detail, "판매 취소(일부: ")
	assert.Contains(t, detail, "옵션 ID 81000000101) 1개")
	assert.NotContains(t, detail, tumblerItem)
	assert.Contains(t, detail, "현미 품절")
	assert.Contains(t, detail, "쿠팡 접수번호")

	require.NoError(t, r.engine.Run(ctx, r.src).Err)
	s, err = r.st.Shipment(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, order.StatusAcknowledged, s.Status, "the next sync agrees")
	assert.Equal(t, 5, s.UnitsToShip())
	assert.False(t, s.Held(), "the seller's own cancel holds nothing: %+v %+v", s.Claim, s.Findings)

	// all that is left named line by line: the whole box
	out, err = r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "전부 품절", WingID: "wing-seller",
		Lines: map[string]int{riceItem: 2, tumblerItem: 1, laverItem: 2}}, []string{key}, "seller")
	require.NoError(t, err)
	require.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.Equal(t, order.StatusCanceled, out.Items[0].Status)
	v, _ = r.sim.Box(box)
	assert.Zero(t, v.UnitsToShip)
	s, err = r.st.Shipment(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, order.StatusCanceled, s.Status)
}

// Refused before anything is sent, in Korean: part of a box at 결제완료 (Coupang takes only the
// whole there; naming all of it is the whole box and goes), a count above what is left, goods not
// in the box, lines for several boxes, a negative count, lines that cancel nothing; and on the
// box read back first: units the buyer's cancel took since the last sync are not there to cancel.
func TestPartialSellerCancelRefusedBeforeSending(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" })
	paid, _ := threeGoodsBox(t, r, false)
	key, box := threeGoodsBox(t, r, true)
	req := func(lines map[string]int) SellerCancelRequest {
		return SellerCancelRequest{Reason: "품절", WingID: "wing-seller", Lines: lines}
	}

	out, err := r.p.SellerCancel(ctx, req(map[string]int{riceItem: 1}), []string{paid}, "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Equal(t, PartialCancelAtPaid, out.Items[0].Message)

	for _, tc := range []struct {
		lines map[string]int
		want  string
	}{
		{map[string]int{riceItem: 4}, "보낼 수량이 3개 남아 있어 4개를 취소할 수 없습니다"},
		{map[string]int{"81000000999": 1}, "이 박스에 없는 상품입니다(옵션 ID 81000000999)"},
	} {
		out, err = r.p.SellerCancel(ctx, req(tc.lines), []string{key}, "seller")
		require.NoError(t, err)
		assert.Equal(t, Failed, out.Items[0].Result)
		assert.Contains(t, out.Items[0].Message, tc.want)
	}
	var ue *usererr.Error
	for _, tc := range []struct {
		lines map[string]int
		keys  []string
		want  string
	}{
		{map[string]int{riceItem: 1}, []string{key, paid}, "박스를 하나만"},
		{map[string]int{riceItem: -1}, []string{key}, "0 이상"},
		{map[string]int{riceItem: 0}, []string{key}, "하나 이상"},
	} {
		_, err = r.p.SellerCancel(ctx, req(tc.lines), tc.keys, "seller")
		require.ErrorAs(t, err, &ue)
		assert.Contains(t, ue.Korean, tc.want)
	}
	assert.Zero(t, r.sim.Calls(coupangsim.EndpointSellerCancel), "nothing sent")

	// read back first: 2 rice were stopped meanwhile elsewhere (another tool, not synced yet), so 3
	// are no more left: refused on the box read back, not sent
	s, err := r.st.Shipment(ctx, key)
	require.NoError(t, err)
	oid, _ := strconv.ParseInt(s.OrderID, 10, 64)
	_, err = r.client.SellerCancel(ctx, coupang.SellerCancelRequest{OrderID: oid, ShipmentBoxID: box, UserID: "wing-seller",
		Lines: []coupang.CancelLine{{VendorItemID: 81000000101, Count: 2}}})
	require.NoError(t, err)
	out, err = r.p.SellerCancel(ctx, req(map[string]int{riceItem: 3}), []string{key}, "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "보낼 수량이 1개 남아 있어 3개를 취소할 수 없습니다")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointSellerCancel), "read back first: not sent")
	s, err = r.st.Shipment(ctx, key)
	require.NoError(t, err)
	c, left := lineQty(t, s, riceItem)
	assert.Equal(t, [2]int{2, 1}, [2]int{c, left}, "the read-back is stored")

	out, err = r.p.SellerCancel(ctx, req(map[string]int{riceItem: 3, tumblerItem: 1, laverItem: 2}), []string{paid}, "seller")
	require.NoError(t, err)
	require.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.Equal(t, order.StatusCanceled, out.Items[0].Status, "all of it at 결제완료: the whole box")
	assert.Equal(t, 2, r.sim.Calls(coupangsim.EndpointSellerCancel))
}

// A lost answer is read back, never sent again: applied before it was lost, the read-back shows
// the unit cancelled (ok, stored once — not lowered twice); lost before it applied, the read-back
// shows nothing cancelled (failed, the box unchanged).
func TestPartialSellerCancelLostAnswer(t *testing.T) {
	ctx := context.Background()
	r := newCoupangRigWith(t, func(c *coupangsim.Config) { c.WingUserID = "wing-seller" })
	key, box := threeGoodsBox(t, r, true)
	req := SellerCancelRequest{Reason: "품절", WingID: "wing-seller", Lines: map[string]int{laverItem: 1}}

	r.sim.InjectFault(coupangsim.EndpointSellerCancel, coupangsim.FaultGatewayTimeoutApplied)
	out, err := r.p.SellerCancel(ctx, req, []string{key}, "seller")
	require.NoError(t, err)
	require.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.True(t, out.Items[0].ReadBack)
	assert.Contains(t, out.Items[0].Message, "응답이 끊겨")
	assert.Equal(t, 1, r.sim.Calls(coupangsim.EndpointSellerCancel), "never resent")
	s, err := r.st.Shipment(ctx, key)
	require.NoError(t, err)
	c, left := lineQty(t, s, laverItem)
	assert.Equal(t, [2]int{1, 1}, [2]int{c, left}, "lowered once")
	assert.Equal(t, order.StatusAcknowledged, s.Status)
	v, _ := r.sim.Box(box)
	assert.Equal(t, 1, v.CanceledQty)

	r.sim.InjectFault(coupangsim.EndpointSellerCancel, coupangsim.FaultGatewayTimeout)
	out, err = r.p.SellerCancel(ctx, req, []string{key}, "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result, out.Items[0].Message)
	assert.True(t, out.Items[0].ReadBack)
	assert.Contains(t, out.Items[0].Message, "판매 취소되지 않았습니다")
	assert.Equal(t, 2, r.sim.Calls(coupangsim.EndpointSellerCancel), "never resent")
	s, err = r.st.Shipment(ctx, key)
	require.NoError(t, err)
	c, left = lineQty(t, s, laverItem)
	assert.Equal(t, [2]int{1, 1}, [2]int{c, left}, "unchanged")
}

// A Naver box is one product order, which 취소 요청 cancels whole: part of it is refused before
// sending; all of it named is the whole box.
func TestNaverPartialSellerCancel(t *testing.T) {
	ctx := context.Background()
	r := newNaverRig(t)
	ids := r.sim.AddOrders(1)
	keys := r.stored(t, ids...)
	s, err := r.st.Shipment(ctx, keys[0])
	require.NoError(t, err)
	require.Len(t, s.Lines, 1)
	l := s.Lines[0]

	if l.Quantity > 1 {
		out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", Lines: map[string]int{l.ItemID: 1}}, keys, "seller")
		require.NoError(t, err)
		assert.Equal(t, Failed, out.Items[0].Result)
		assert.Equal(t, PartialCancelNaver, out.Items[0].Message)
	}
	out, err := r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", Lines: map[string]int{l.ItemID: l.Quantity + 1}}, keys, "seller")
	require.NoError(t, err)
	assert.Equal(t, Failed, out.Items[0].Result)
	assert.Contains(t, out.Items[0].Message, "취소할 수 없습니다")
	out, err = r.p.SellerCancel(ctx, SellerCancelRequest{Reason: "품절", Lines: map[string]int{l.ItemID: l.Quantity}}, keys, "seller")
	require.NoError(t, err)
	assert.Equal(t, OK, out.Items[0].Result, out.Items[0].Message)
	assert.Equal(t, order.StatusCanceled, out.Items[0].Status)
}
