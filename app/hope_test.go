package app

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// 배송 희망일 변경 from the drawer's call: a lost answer is read back and reported done without
// sending again; a box that is not a hope delivery and a dispatched one are refused in Korean
// before anything is sent; the seller's own change raises no change alert.
func TestHopeChangeLostAnswerReadBackSentOnce(t *testing.T) {
	ctx := context.Background()
	w := newWriteRig(t, 1, 0, nil)
	day := daysAhead(3)
	hopeID := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day, Hour: "1500"})
	sentID := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day, Product: 1})
	w.sync(t)
	key, sent, plain := naverKey(hopeID), naverKey(sentID), naverKey(w.naverIDs[0])
	require.NoError(t, w.app.SetTracking(ctx, sent, "CJ대한통운", trackingNo(7), "test"))
	res, err := w.app.Dispatch(ctx, []string{sent}, "test")
	require.NoError(t, err)
	require.Equal(t, 1, res.Counts.OK, "%+v", res.Items)

	newDay := day.AddDate(0, 0, 2).Format(time.DateOnly)
	w.naver.InjectFault(naversim.EndpointHopeChange, naversim.FaultAppliedTimeout)
	res, err = claimsOf(w.app).ChangeHope(key, newDay, "1100", "", "구매자와 통화해 날짜 변경")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack, "the answer was lost: the outcome comes from reading it back")
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointHopeChange], "sent once")
	h, _ := w.naver.Hope(hopeID)
	assert.Equal(t, naversim.HopeView{Ymd: naversim.YMD(day.AddDate(0, 0, 2)), Hm: "1100", ChangeReason: "구매자와 통화해 날짜 변경", Changer: "판매자 API"}, h)
	s := w.shipment(t, key)
	require.NotNil(t, s.Hope)
	assert.Equal(t, day.AddDate(0, 0, 2).Format(time.DateOnly)+"("+[]string{"일", "월", "화", "수", "목", "금", "토"}[day.AddDate(0, 0, 2).Weekday()]+") 11:00", s.Hope.Full())
	assert.False(t, hasFinding(s, order.HopeChanged), "the seller's own change is no alert")
	assert.Contains(t, w.audit(t, key), "hope-change")

	for k, why := range map[string]string{plain: "희망일배송 주문이 아니라", sent: "이미 발송처리된 주문입니다"} {
		res, err = claimsOf(w.app).ChangeHope(k, newDay, "", "", "날짜 변경")
		require.NoError(t, err)
		require.Equal(t, fulfil.Counts{Failed: 1}, res.Counts, "%+v", res.Items)
		assert.Contains(t, res.Items[0].Message, why)
	}
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointHopeChange], "the refused boxes were never sent")

	_, err = claimsOf(w.app).ChangeHope(key, newDay, "", "", " ")
	assert.Error(t, err, "a change without a reason is refused before anything is read")
	w.sync(t)
	s = w.shipment(t, key)
	assert.False(t, hasFinding(s, order.HopeChanged), "the next sync agrees")
	assert.Equal(t, "1100", h.Hm)
}

// A buyer who moves the day of a box whose packing list was printed, after the last sync, is
// caught by the dispatch's read-back right before sending: the box is held (HOPE_CHANGED blocks)
// and not dispatched.
func TestDispatchSweepHoldsPrintedHopeBoxWhoseDayMoved(t *testing.T) {
	ctx := context.Background()
	w := newWriteRig(t, 0, 0, nil)
	day := daysAhead(3)
	id := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day})
	w.sync(t)
	key := naverKey(id)
	_, err := w.app.PrintList(ctx, PrintRequest{Kind: "pack", Keys: []string{key}, Format: "json", Record: true, By: "test"})
	require.NoError(t, err)
	require.NotNil(t, w.shipment(t, key).Printed)
	require.NoError(t, w.app.SetTracking(ctx, key, "CJ대한통운", trackingNo(9), "test"))

	require.NoError(t, w.naver.ChangeHope(id, day.AddDate(0, 0, 1), "", "일정 변경"))
	res, err := w.app.Dispatch(ctx, []string{key}, "test")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{Skipped: 1}, res.Counts, "%+v", res.Items)
	assert.Contains(t, res.Items[0].Message, "배송 희망일이 바뀌었습니다")
	assert.Zero(t, w.naver.Calls()[naversim.EndpointDispatch], "not sent")
	s := w.shipment(t, key)
	assert.True(t, s.Held())
	assert.True(t, hasFinding(s, order.HopeChanged))
	found, err := w.app.Store().Keys(ctx, store.Filter{Findings: []order.FindingCode{order.HopeChanged}})
	require.NoError(t, err)
	assert.Equal(t, []string{key}, found, "the 검수 filter 희망일 변경 finds the box")
}

// The seller's own 배송 희망일 변경 of a box whose packing list was printed holds the box
// (HOPE_CHANGED blocks: the paper carries the old day), also when the read-back after the write
// fails and the day comes from Naver's answer alone.
func TestHopeChangeOfPrintedBoxHoldsIt(t *testing.T) {
	ctx := context.Background()
	w := newWriteRig(t, 0, 0, nil)
	day := daysAhead(3)
	read := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day})
	unread := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day, Product: 1})
	w.sync(t)
	keys := []string{naverKey(read), naverKey(unread)}
	_, err := w.app.PrintList(ctx, PrintRequest{Kind: "pack", Keys: keys, Format: "json", Record: true, By: "test"})
	require.NoError(t, err)
	newDay := day.AddDate(0, 0, 1).Format(time.DateOnly)

	res, err := claimsOf(w.app).ChangeHope(keys[0], newDay, "", "", "구매자 요청")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	// the read-back before the write answers, the one after fails: the day comes from the
	// answer (Mark) alone
	w.naver.InjectFault(naversim.EndpointQuery, naversim.FaultKind(0), naversim.FaultServerError, naversim.FaultServerError, naversim.FaultServerError,
		naversim.FaultServerError, naversim.FaultServerError, naversim.FaultServerError)
	res, err = claimsOf(w.app).ChangeHope(keys[1], newDay, "", "", "구매자 요청")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	for _, k := range keys {
		s := w.shipment(t, k)
		require.NotNil(t, s.Hope, k)
		assert.Equal(t, newDay, s.Hope.Date.Format(time.DateOnly), k)
		assert.True(t, hasFinding(s, order.HopeChanged), "%s: the printed list has the old day", k)
		assert.True(t, s.Held(), k)
	}
}

// daysAhead is midnight KST n days after today: a hope-delivery day a buyer may pick.
func daysAhead(n int) time.Time { return order.DayEnd(time.Now()).AddDate(0, 0, n-1) }
