package app

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/views"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/naversim"
)

// The drawer's 배송 희망일 변경 sends the region the seller types (the page's hopeDeliveryRegion),
// keeps the region when the field is left empty, and refuses a region on N희망일배송 in Korean
// before anything is sent.
func TestHopeChangeFromTheDrawerSendsTheRegion(t *testing.T) {
	w := newWriteRig(t, 0, 0, nil)
	day := daysAhead(3)
	id := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day, Hour: "1500"})
	beef := w.naver.AddHopeOrder(naversim.HopeOrder{Day: day, Guaranteed: true})
	w.sync(t)
	newDay := day.AddDate(0, 0, 1).Format(time.DateOnly)

	res, err := claimsOf(w.app).ChangeHope(naverKey(id), newDay, "1500", "경기 성남시 분당구", "구매자 요청으로 주소 지역 변경")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	h, _ := w.naver.Hope(id)
	assert.Equal(t, "경기 성남시 분당구", h.Region, "the simulated Naver has the new region")
	s := w.shipment(t, naverKey(id))
	require.NotNil(t, s.Hope)
	assert.Contains(t, views.HopeFacts(s.Hope), "지역 경기 성남시 분당구", "the drawer's line shows it")

	res, err = claimsOf(w.app).ChangeHope(naverKey(id), day.AddDate(0, 0, 2).Format(time.DateOnly), "", "", "날짜만 변경")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	h, _ = w.naver.Hope(id)
	assert.Equal(t, "경기 성남시 분당구", h.Region, "an empty field keeps the region")

	calls := w.naver.Calls()[naversim.EndpointHopeChange]
	res, err = claimsOf(w.app).ChangeHope(naverKey(beef), newDay, "", "서울", "지역 변경")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{Failed: 1}, res.Counts, "%+v", res.Items)
	assert.Contains(t, res.Items[0].Message, "지역")
	assert.Equal(t, calls, w.naver.Calls()[naversim.EndpointHopeChange], "not sent")
}
