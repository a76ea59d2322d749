package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
)

// A Coupang box cancelled by the seller at 상품준비중 (판매 취소 → 출고중지완료) leaves the board's
// 발주확인 filter and the lists to print, right after the cancel and after every later sync.
func TestSellerCancelledBoxLeavesTheBoardAndTheLists(t *testing.T) {
	w := newWriteRig(t, 0, 3, func(s *Settings) { s.Coupang.WingUserID = "demo-wing" })
	keys := []string{boxKey(w.boxes[0]), boxKey(w.boxes[1]), boxKey(w.boxes[2])}
	ack, err := w.app.Writes().Acknowledge(keys)
	require.NoError(t, err)
	for _, it := range ack.Items {
		require.Equal(t, fulfil.OK, it.Result, it.Message)
	}
	w.sync(t)
	cancelled := keys[0]
	require.Equal(t, "INSTRUCT", w.shipment(t, cancelled).MarketStatus)

	res, err := claimsOf(w.app).SellerCancel([]string{cancelled}, "재고 소진으로 품절", "")
	require.NoError(t, err)
	require.Equal(t, fulfil.OK, res.Items[0].Result, res.Items[0].Message)

	board := func(step string) {
		t.Helper()
		sh := w.shipment(t, cancelled)
		assert.Equal(t, order.StatusCanceled, sh.Status, "%s: the record", step)
		page, err := w.app.Orders().ListShipments(ShipmentQuery{Markets: []string{"coupang"}, Statuses: []string{"ACKNOWLEDGED"}})
		require.NoError(t, err)
		var listed []string
		for _, r := range page.Rows {
			listed = append(listed, r.Key)
			if r.Key == cancelled {
				t.Logf("%s: row %+v", step, r)
			}
		}
		assert.NotContains(t, listed, cancelled, "%s: 발주확인 lists the cancelled box", step)
		assert.Equal(t, 2, page.Total, "%s: total", step)
		page, err = w.app.Orders().ListShipments(ShipmentQuery{Statuses: []string{"CANCELED"}})
		require.NoError(t, err)
		require.Len(t, page.Rows, 1, "%s: 취소", step)
		assert.Equal(t, cancelled, page.Rows[0].Key)
		for _, kind := range []string{"picking", "packing", "shipping"} {
			doc, err := w.app.PrintList(context.Background(), PrintRequest{Kind: kind, Format: "json"})
			require.NoError(t, err, kind)
			assert.NotContains(t, doc.Keys, cancelled, "%s: %s list", step, kind)
			assert.Equal(t, 2, doc.Count, "%s: %s list", step, kind)
		}
	}
	board("after the cancel")
	for i := 0; i < 3; i++ {
		w.sync(t)
		board("after a sync")
	}
}
