package views

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// The board marks a hope-delivery box beside its 발송기한 and the drawer says the day, the hour,
// the region and the last change; other boxes show nothing of it.
func TestHopeOnBoardAndDrawer(t *testing.T) {
	kst := order.KST()
	now := time.Date(2026, 12, 21, 9, 0, 0, 0, kst)
	h := &order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, kst), Time: 15 * 60, HasTime: true,
		Region: "서울 전지역", AdditionalFee: 3000, Changer: "구매자", ChangeReason: "여행 일정 변경"}
	row := Row(store.Summary{Key: "naver/1", Market: order.Naver, ID: "1", Status: order.StatusPaid,
		ShipBy: time.Date(2026, 12, 23, 23, 59, 59, 0, kst), Hope: h}, now)
	assert.Equal(t, "희망 12/24(목) 15:00", row.Hope)
	assert.Equal(t, "12-23 23:59", row.ShipBy)
	assert.Empty(t, Row(store.Summary{Key: "naver/2", Market: order.Naver, ID: "2", Status: order.StatusPaid}, now).Hope)

	s := order.Shipment{Marketplace: order.Naver, ID: "1", Status: order.StatusPaid, Hope: h}
	det := Detail(&s, nil, check.Learned{})
	assert.Equal(t, "2026-12-24(목) 15:00 · 지역 서울 전지역 (추가 배송비 3,000원) · 변경: 구매자, 여행 일정 변경", det.Hope)

	for _, tc := range []struct {
		h    *order.HopeDelivery
		mark string
		fact string
	}{
		{nil, "", ""},
		{&order.HopeDelivery{Date: time.Date(2027, 1, 3, 0, 0, 0, 0, kst), Guaranteed: true}, "희망 1/3(일)", "2027-01-03(일) · N희망일배송"},
		{&order.HopeDelivery{Raw: "20260230"}, "희망 날짜 확인 필요", "날짜를 읽을 수 없음 (20260230): 판매자센터에서 확인하세요"},
		{&order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, kst), Changer: "판매자 API"}, "희망 12/24(목)", "2026-12-24(목) · 변경: 판매자 API"},
	} {
		assert.Equal(t, tc.mark, HopeMark(tc.h))
		assert.Equal(t, tc.fact, HopeFacts(tc.h))
	}
	assert.Equal(t, "배송 희망일", EvidenceLabel("hope"))
	assert.NotEmpty(t, FindingHint(order.HopeChanged))
}
