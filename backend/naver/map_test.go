package naver

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestMapStatus(t *testing.T) {
	for _, tc := range []struct {
		status, place string
		want          order.Status
	}{
		{"PAYMENT_WAITING", "", order.StatusPending},
		{"PAYED", "NOT_YET", order.StatusPaid},
		{"PAYED", "", order.StatusPaid},
		{"PAYED", "CANCEL", order.StatusPaid},
		{"PAYED", "OK", order.StatusAcknowledged},
		{"DELIVERING", "OK", order.StatusDelivering},
		{"DELIVERED", "OK", order.StatusDelivered},
		{"PURCHASE_DECIDED", "OK", order.StatusDecided},
		{"EXCHANGED", "OK", order.StatusExchanged},
		{"CANCELED", "NOT_YET", order.StatusCanceled},
		{"CANCELED_BY_NOPAYMENT", "", order.StatusCanceled},
		{"RETURNED", "OK", order.StatusReturned},
	} {
		got, ok := MapStatus(tc.status, tc.place)
		assert.True(t, ok, tc.status)
		assert.Equal(t, tc.want, got, tc.status+"/"+tc.place)
	}
	_, ok := MapStatus("SHIPPED", "OK")
	assert.False(t, ok)
}

func TestToShipmentFixtures(t *testing.T) {
	details := fixtureDetails(t)
	feed := map[string]LastChangedStatus{
		"2026112245671202": {ProductOrderID: "2026112245671202", LastChangedType: "DELIVERY_ADDRESS_CHANGED",
			LastChangedDate: Time{kstTime("2026-11-22T09:40:00+09:00")}, ReceiverAddressChanged: true},
		"2026112245671204": {ProductOrderID: "2026112245671204", LastChangedType: "CLAIM_REQUESTED",
			LastChangedDate: Time{kstTime("2026-11-22T09:58:12.123+09:00")}},
		"2026111545671206": {ProductOrderID: "2026111545671206", LastChangedType: "EXCHANGE_OPTION",
			LastChangedDate: Time{kstTime("2026-11-19T10:00:00+09:00")}},
	}
	type want struct {
		status       order.Status
		market       string
		sellerCode   string
		unit, total  int64
		qty          int
		claim        *order.Claim
		events       []order.EventKind
		courier      string
		tracking     string
		acknowledged bool
	}
	wants := map[string]want{
		"2026112245671201": {order.StatusPaid, "PAYED/NOT_YET", "LEMON-PWD-150-3", 17500, 21500, 1, nil, nil, "", "", false},
		"2026112245671202": {order.StatusAcknowledged, "PAYED/OK", "NUT-CASHEW-160", 8900, 17800, 2, nil,
			[]order.EventKind{order.EventAddressChanged}, "", "", true},
		"2026112045671203": {order.StatusDelivering, "DELIVERING/OK", "TEE-BLK-L", 12900, 12900, 1, nil, nil, "CJGLS", "640123456789", true},
		"2026112245671204": {order.StatusPaid, "PAYED/NOT_YET", "SKIN-BASIC-SET", 32000, 32000, 1,
			&order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true, Reason: "단순 변심: 다른 상품으로 다시 주문할게요",
				RequestedAt: kstTime("2026-11-22T09:58:12.123456789+09:00")},
			[]order.EventKind{order.EventClaim}, "", "", false},
		"2026111045671205": {order.StatusReturned, "RETURNED/OK", "TANG-5K-L", 21900, 21900, 1,
			&order.Claim{Type: order.ClaimReturn, MarketStatus: "RETURN_DONE", Open: false, Reason: "상품 파손",
				RequestedAt: kstTime("2026-11-13T09:00:00+09:00")}, nil, "HYUNDAI", "250012345678", true},
		"2026111545671206": {order.StatusDelivered, "DELIVERED/OK", "TEE-COTTON", 12900, 25800, 2,
			&order.Claim{Type: order.ClaimExchange, MarketStatus: "COLLECTING", Open: true, Reason: "사이즈 교환: L을 XL로 바꿔주세요",
				RequestedAt: kstTime("2026-11-18T10:00:00+09:00")},
			[]order.EventKind{order.EventOptionChanged}, "KGB", "30012345678", true},
	}
	var all []order.Shipment
	for i := range details {
		d := &details[i]
		t.Run(d.ID(), func(t *testing.T) {
			var row *LastChangedStatus
			if r, ok := feed[d.ID()]; ok {
				row = &r
			}
			s, err := ToShipment(d, row)
			require.NoError(t, err)
			w := wants[d.ID()]
			assert.Equal(t, order.Naver, s.Marketplace)
			assert.Equal(t, d.ID(), s.ID)
			assert.Equal(t, string(d.Order.OrderID), s.OrderID)
			assert.Equal(t, w.status, s.Status)
			assert.Equal(t, w.market, s.MarketStatus)
			require.Len(t, s.Lines, 1)
			assert.Equal(t, w.sellerCode, s.Lines[0].SellerCode)
			assert.Equal(t, w.unit, s.Lines[0].UnitPrice)
			assert.Equal(t, w.total, s.Lines[0].TotalPrice)
			assert.Equal(t, w.qty, s.Lines[0].Quantity)
			assert.Equal(t, d.ProductOrder.ProductName, s.Lines[0].ProductName)
			assert.Equal(t, d.ProductOrder.ProductOption, s.Lines[0].OptionName)
			if w.claim == nil {
				assert.Nil(t, s.Claim)
			} else {
				require.NotNil(t, s.Claim)
				assert.True(t, w.claim.RequestedAt.Equal(s.Claim.RequestedAt))
				s.Claim.RequestedAt = w.claim.RequestedAt
				assert.Equal(t, *w.claim, *s.Claim)
			}
			var kinds []order.EventKind
			for _, e := range s.Events {
				kinds = append(kinds, e.Kind)
			}
			assert.Equal(t, w.events, kinds)
			assert.Equal(t, w.courier, s.Courier)
			assert.Equal(t, w.tracking, s.TrackingNumber)
			assert.Equal(t, w.acknowledged, !s.AcknowledgedAt.IsZero())
			assert.Equal(t, d.Order.OrdererName, s.OrdererName)
			assert.Equal(t, d.ProductOrder.ShippingAddress.Name, s.Receiver.Name)
			assert.Equal(t, d.ProductOrder.ShippingAddress.ZipCode, s.Receiver.Zip)
			assert.False(t, s.PaidAt.IsZero())
			assert.True(t, d.ProductOrder.ShippingDueDate.Equal(s.ShipBy), "shippingDueDate is the box's 발송기한")
			require.NoError(t, s.Validate())
			all = append(all, s)
		})
	}

	// The whole mapping as a golden file.
	got, err := json.MarshalIndent(all, "", "  ")
	require.NoError(t, err)
	golden := filepath.Join("testdata", "naver", "query_shipments.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
	}
	stored, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.JSONEq(t, string(stored), string(got))
}

func TestToShipmentReceiverAndEvents(t *testing.T) {
	details := fixtureDetails(t)
	s, err := ToShipment(&details[0], nil)
	require.NoError(t, err)
	assert.Equal(t, order.Receiver{Name: "김민준", Phone: "0502-1234-5678", Phone2: "010-2345-6789", Zip: "06236",
		Address1: "서울특별시 강남구 테헤란로 152", Address2: "101동 1203호", Message: "문 앞에 놓아주세요"}, s.Receiver)
	assert.Equal(t, "2026112290000001", s.PackageNumber)
	assert.Equal(t, int64(4000), s.ShippingFee)
	assert.Equal(t, "8800120002:30002", s.Lines[0].ItemID)
	assert.True(t, s.ChangedAt.IsZero())

	// receiverAddressChanged on a row of another type still raises an address event.
	evs := EventsFromFeed(LastChangedStatus{LastChangedType: "DISPATCHED", ReceiverAddressChanged: true})
	require.Len(t, evs, 1)
	assert.Equal(t, order.EventAddressChanged, evs[0].Kind)
	assert.Empty(t, EventsFromFeed(LastChangedStatus{LastChangedType: "PAYED"}))

	bad := details[0]
	bad.ProductOrder.ProductOrderStatus = "WHATEVER"
	_, err = ToShipment(&bad, nil)
	var ue *UnknownStatusError
	assert.ErrorAs(t, err, &ue)

	orders, err := ToOrders(details, nil)
	require.NoError(t, err)
	assert.Len(t, orders, 6)
	assert.Equal(t, "2026111011453305", orders[0].ID)
}
