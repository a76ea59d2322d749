package app

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// boardFixture stores four boxes to ship with 발송기한 yesterday, today (held by a cancel request),
// today later and tomorrow, and one sent already; the clock is 2026-11-22 16:30 KST.
func boardFixture(t *testing.T) (*App, ui) {
	a, _ := newPrintApp(t)
	kst := order.KST()
	mk := func(id, name string, due time.Time) order.Shipment {
		s := naverShipment(id, name, "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusPaid, 1)
		s.ShipBy = due
		return s
	}
	late := mk("2026112210001001", "가나다", time.Date(2026, 11, 21, 23, 59, 59, 0, kst))
	held := mk("2026112210002001", "나다라", time.Date(2026, 11, 22, 18, 0, 0, 0, kst))
	held.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}
	today := mk("2026112210003001", "다라마", time.Date(2026, 11, 22, 23, 59, 59, 0, kst))
	tomorrow := mk("2026112210004001", "라마바", time.Date(2026, 11, 23, 23, 59, 59, 0, kst))
	sent := mk("2026112210005001", "마바사", time.Date(2026, 11, 21, 12, 0, 0, 0, kst))
	sent.Status, sent.Courier, sent.TrackingNumber = order.StatusShipped, "CJ대한통운", "634712345671"
	sent.WriteProblem = &order.WriteProblem{Action: "dispatch", Result: order.WriteUnknown, Message: "응답이 없어 확인이 필요합니다.", Status: order.StatusShipped}
	recs := []store.Record{{Shipment: late}, {Shipment: held}, {Shipment: today}, {Shipment: tomorrow}, {Shipment: sent}}
	_, err := a.ApplyBatch(context.Background(), store.Batch{Records: recs})
	require.NoError(t, err)
	return a, uiOf(a)
}

func rowNames(t *testing.T, d ui, q ShipmentQuery) []string {
	t.Helper()
	page, err := d.ListShipments(q)
	require.NoError(t, err)
	var out []string
	for _, r := range page.Rows {
		out = append(out, r.ReceiverName)
	}
	return out
}

func TestBoardDeadlineColumnAndTodayView(t *testing.T) {
	_, d := boardFixture(t)
	page, err := d.ListShipments(ShipmentQuery{Sort: "due"})
	require.NoError(t, err)
	require.Len(t, page.Rows, 5)
	got := map[string][3]string{}
	for _, r := range page.Rows {
		got[r.ReceiverName] = [3]string{r.ShipBy, r.DDay, r.DueTone}
	}
	assert.Equal(t, [3]string{"11-21 23:59", "D+1", "overdue"}, got["가나다"])
	assert.Equal(t, [3]string{"11-22 18:00", "D-day", "today"}, got["나다라"])
	assert.Equal(t, [3]string{"11-23 23:59", "D-1", ""}, got["라마바"])
	assert.Equal(t, [3]string{"11-21 12:00", "D+1", ""}, got["마바사"], "a sent box is not overdue")

	assert.Equal(t, []string{"마바사", "가나다", "나다라", "다라마", "라마바"}, rowNames(t, d, ShipmentQuery{Sort: "due"}))
	assert.Equal(t, []string{"라마바", "다라마", "나다라", "가나다", "마바사"}, rowNames(t, d, ShipmentQuery{Sort: "due", Reverse: true}))
	assert.Equal(t, []string{"가나다", "나다라", "다라마", "라마바", "마바사"}, rowNames(t, d, ShipmentQuery{Sort: "receiver"}))

	// 오늘 할 일: still to ship, due by the end of today, held boxes first.
	today := ShipmentQuery{Statuses: []string{"PAID", "ACKNOWLEDGED"}, DueToday: true, Sort: "due", HeldFirst: true}
	assert.Equal(t, []string{"나다라", "가나다", "다라마"}, rowNames(t, d, today))
	keys, err := d.ShipmentKeys(today)
	require.NoError(t, err)
	assert.Len(t, keys, 3)

	_, err = d.ListShipments(ShipmentQuery{Sort: "nonsense"})
	require.Error(t, err)
	assert.Contains(t, SellerMessage(err), "정렬할 수 없는 칸")
}

func TestBoardWriteProblemTrackingAndDeadlineAlert(t *testing.T) {
	_, d := boardFixture(t)
	page, err := d.ListShipments(ShipmentQuery{WriteProblem: true})
	require.NoError(t, err)
	require.Len(t, page.Rows, 1)
	r := page.Rows[0]
	assert.Equal(t, "발송처리 확인 필요", r.WriteProblem)
	assert.Equal(t, "CJ대한통운 634712345671", r.Tracking)

	assert.Equal(t, []string{"마바사"}, rowNames(t, d, ShipmentQuery{Text: "634712345671"}), "search finds a tracking number")

	alert, err := d.DeadlineAlert()
	require.NoError(t, err)
	assert.Equal(t, 6, alert.Hours)
	assert.Equal(t, 2, alert.Count, "overdue and due at 18:00, both unshipped")
	assert.Equal(t, "11-21 23:59", alert.Earliest)
	assert.Contains(t, alert.Message, "2건")
	alert, err = d.SetDeadlineAlertHours(8)
	require.NoError(t, err)
	assert.Equal(t, 3, alert.Count)
	_, err = d.SetDeadlineAlertHours(0)
	require.Error(t, err)
	assert.Contains(t, SellerMessage(err), "1시간에서 72시간")
}

func TestBoardNoCombineToggle(t *testing.T) {
	a, d := boardFixture(t)
	det, err := d.SetNoCombine("naver/2026112210003001", true)
	require.NoError(t, err)
	assert.True(t, det.Shipment.NoCombine)
	s, err := a.Store().Shipment(context.Background(), "naver/2026112210003001")
	require.NoError(t, err)
	assert.True(t, s.NoCombine)
	det, err = d.SetNoCombine("naver/2026112210003001", false)
	require.NoError(t, err)
	assert.False(t, det.Shipment.NoCombine)
	_, err = d.SetNoCombine("bad key", true)
	require.Error(t, err)
}

func TestBoardPrintBatchesFromTheScreen(t *testing.T) {
	_, d := boardFixture(t)
	doc, err := d.PrintList(PrintRequest{Kind: "shipping", Keys: []string{"naver/2026112210003001", "naver/2026112210004001"}})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-22#1", doc.Batch)
	page, err := d.ListShipments(ShipmentQuery{Unprinted: true, Statuses: []string{"PAID"}})
	require.NoError(t, err)
	assert.Equal(t, 2, page.Total, "two boxes to ship are on no batch (the held one included)")
	page, err = d.ListShipments(ShipmentQuery{Text: "다라마"})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-22#1", page.Rows[0].PrintBatch)
	assert.Equal(t, "배송", page.Rows[0].Printed)
	again, err := d.PrintList(PrintRequest{Kind: "shipping", Batch: "2026-11-22#1"})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-22#1", again.Batch)
	assert.Equal(t, 2, again.Count)
	batches, err := d.PrintBatches()
	require.NoError(t, err)
	require.Len(t, batches, 1)
	assert.Equal(t, 2, batches[0].Count)
	assert.NotEmpty(t, batches[0].Reprinted)
}
