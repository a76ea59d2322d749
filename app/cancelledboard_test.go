package app

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
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

	res, err := claimsOf(w.app).SellerCancel([]string{cancelled}, "재고 소진으로 품절", "", nil)
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

// A sync page Coupang answered before the seller's 판매 취소 and stored after it must not put the
// cancelled box back under 발주확인 (and on the picking list) until the next sync: the box the
// seller changed meanwhile is read again singly instead.
func TestSyncPageReadBeforeASellerCancelDoesNotUndoIt(t *testing.T) {
	rig := newSimRig(t)
	cs, err := coupangsim.New(rig.coupangCfg)
	require.NoError(t, err)
	var armed atomic.Bool
	computed, release := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if armed.Load() && strings.Contains(r.URL.RawQuery, "status=INSTRUCT") && strings.Contains(r.URL.Path, "ordersheets") {
			armed.Store(false)
			rec := httptest.NewRecorder()
			cs.ServeHTTP(rec, r)
			close(computed)
			<-release
			for k, v := range rec.Header() {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.Code)
			_, _ = w.Write(rec.Body.Bytes())
			return
		}
		cs.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	rig.coupang, rig.coupangURL = cs, srv.URL
	w := &writeRig{simRig: rig, boxes: cs.AddOrders(2), app: rig.app(t, nil)}
	s := rig.settings()
	s.Coupang.WingUserID = "demo-wing"
	require.NoError(t, w.app.PutSettings(context.Background(), s))
	w.sync(t)
	keys := []string{boxKey(w.boxes[0]), boxKey(w.boxes[1])}
	_, err = w.app.Writes().Acknowledge(keys)
	require.NoError(t, err)
	w.sync(t)

	armed.Store(true)
	done := make(chan struct{})
	go func() { defer close(done); _, _ = w.app.SyncOnce(context.Background()) }()
	<-computed
	res, err := claimsOf(w.app).SellerCancel([]string{keys[0]}, "재고 소진으로 품절", "", nil)
	require.NoError(t, err)
	require.Equal(t, fulfil.OK, res.Items[0].Result, res.Items[0].Message)
	require.Equal(t, order.StatusCanceled, w.shipment(t, keys[0]).Status)
	close(release) // the INSTRUCT page read before the cancel arrives now
	<-done
	sh := w.shipment(t, keys[0])
	assert.Equal(t, order.StatusCanceled, sh.Status, "the page read before the cancel undid it")
	page, err := w.app.Orders().ListShipments(ShipmentQuery{Statuses: []string{"ACKNOWLEDGED"}})
	require.NoError(t, err)
	require.Len(t, page.Rows, 1)
	assert.Equal(t, keys[1], page.Rows[0].Key, "발주확인 lists only the box still to ship")
	doc, err := w.app.PrintList(context.Background(), PrintRequest{Kind: "picking", Format: "json"})
	require.NoError(t, err)
	assert.Equal(t, []string{keys[1]}, doc.Keys, "the picking list")
	w.sync(t)
	assert.Equal(t, order.StatusCanceled, w.shipment(t, keys[0]).Status)
}
