package naver

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// A product order's hopeDelivery object, in the documented form, becomes the shipment's Hope.
func TestDecodeHopeDelivery(t *testing.T) {
	kst := order.KST()
	cases := []struct {
		name string
		po   string // the productOrder's hope fields
		want *order.HopeDelivery
	}{
		{"not a hope delivery", `"deliveryAttributeType":"NORMAL"`, nil},
		{"not a hope delivery, null object", `"deliveryAttributeType":"TODAY","hopeDelivery":null`, nil},
		{"day and hour", `"deliveryAttributeType":"HOPE","hopeDelivery":{"region":"서울 전지역","additionalFee":3000,"hopeDeliveryYmd":"20261224","hopeDeliveryHm":"1500","changeReason":"","changer":"구매자"}`,
			&order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, kst), Time: 15 * 60, HasTime: true, Region: "서울 전지역",
				AdditionalFee: 3000, Changer: "구매자"}},
		{"day only", `"deliveryAttributeType":"HOPE","hopeDelivery":{"hopeDeliveryYmd":"20270103"}`,
			&order.HopeDelivery{Date: time.Date(2027, 1, 3, 0, 0, 0, 0, kst)}},
		{"midnight is an hour", `"hopeDelivery":{"hopeDeliveryYmd":"20261224","hopeDeliveryHm":"0000"}`,
			&order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, kst), HasTime: true}},
		{"numbers instead of strings", `"hopeDelivery":{"hopeDeliveryYmd":20261224,"hopeDeliveryHm":930}`,
			&order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, kst), Time: 9*60 + 30, HasTime: true}},
		{"N희망일배송", `"deliveryAttributeType":"HOPE_SELLER_GUARANTEE","deliveryTagType":"HOPE","hopeDelivery":{"hopeDeliveryYmd":"20261226"}`,
			&order.HopeDelivery{Date: time.Date(2026, 12, 26, 0, 0, 0, 0, kst), Guaranteed: true}},
		{"hope attribute without the object", `"deliveryAttributeType":"HOPE"`, &order.HopeDelivery{}},
		{"a day that does not exist", `"deliveryAttributeType":"HOPE","hopeDelivery":{"hopeDeliveryYmd":"20260230","hopeDeliveryHm":"1500"}`,
			&order.HopeDelivery{Time: 15 * 60, HasTime: true, Raw: "20260230 1500"}},
		{"an hour that does not exist", `"hopeDelivery":{"hopeDeliveryYmd":"20261224","hopeDeliveryHm":"2460"}`,
			&order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, kst), Raw: "20261224 2460"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := `{"order":{"orderId":"1"},"productOrder":{"productOrderId":"2","productOrderStatus":"PAYED","placeOrderStatus":"NOT_YET","productName":"생일 케이크","quantity":1,` + tc.po + `}}`
			var d ProductOrderDetail
			require.NoError(t, json.Unmarshal([]byte(raw), &d))
			s, err := ToShipment(&d, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.want, s.Hope)
		})
	}
}

func TestHopeWords(t *testing.T) {
	now := time.Date(2026, 12, 20, 10, 0, 0, 0, order.KST())
	h := &order.HopeDelivery{Date: time.Date(2026, 12, 24, 0, 0, 0, 0, order.KST())}
	assert.Equal(t, "12/24(목)", h.Short())
	assert.Equal(t, "12월 24일", h.Long(now))
	h.Time, h.HasTime = 15*60, true
	assert.Equal(t, "12/24(목) 15:00", h.Short())
	assert.Equal(t, "12월 24일 15:00", h.Long(now))
	next := &order.HopeDelivery{Date: time.Date(2027, 1, 3, 0, 0, 0, 0, order.KST())}
	assert.Equal(t, "2027년 1월 3일", next.Long(now))
	assert.False(t, order.SameWhen(h, next))
	assert.True(t, order.SameWhen(h, &order.HopeDelivery{Date: h.Date, Time: 900, HasTime: true, Region: "다른 지역"}))
	assert.False(t, order.SameWhen(nil, h))
}

// A feed row of a changed hope-delivery day is an event of its own.
func TestHopeChangedFeedRow(t *testing.T) {
	evs := EventsFromFeed(LastChangedStatus{LastChangedType: "HOPE_DELIVERY_INFO_CHANGED"})
	require.Len(t, evs, 1)
	assert.Equal(t, order.EventHopeChanged, evs[0].Kind)
}

// A 배송 희망일 변경 the page would refuse is not sent.
func TestHopeChangeValidate(t *testing.T) {
	day := time.Date(2026, 12, 24, 0, 0, 0, 0, order.KST())
	long := func(n int) string { return string([]rune(strings.Repeat("가", n))) }
	for name, tc := range map[string]struct {
		h  HopeChange
		ok bool
	}{
		"day and reason":          {HopeChange{Day: day, Reason: "구매자 요청"}, true},
		"with hour and region":    {HopeChange{Day: day, Hour: "0930", Region: long(30), Reason: long(300)}, true},
		"no day":                  {HopeChange{Reason: "x"}, false},
		"no reason":               {HopeChange{Day: day, Reason: "  "}, false},
		"a reason of 301":         {HopeChange{Day: day, Reason: long(301)}, false},
		"a region of 31":          {HopeChange{Day: day, Region: long(31), Reason: "x"}, false},
		"an hour with a colon":    {HopeChange{Day: day, Hour: "15:00", Reason: "x"}, false},
		"an hour that is no hour": {HopeChange{Day: day, Hour: "2500", Reason: "x"}, false},
	} {
		err := tc.h.Validate()
		if tc.ok {
			assert.NoError(t, err, name)
		} else {
			assert.Error(t, err, name)
		}
	}
}
