package check

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// An acknowledgement on its way (Coupang: up to 30 minutes) does not send the box back to
// 신규주문; after an hour, or when the marketplace cancels it, the marketplace's word stands.
func TestAcknowledgementOnItsWayStaysAcknowledged(t *testing.T) {
	acked := time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC)
	prev := order.Shipment{Marketplace: order.Coupang, ID: "1", Status: order.StatusAcknowledged, MarketStatus: "ACCEPT", AcknowledgedAt: acked}
	for _, tc := range []struct {
		name  string
		next  order.Status
		after time.Duration
		want  order.Status
	}{
		{"still paid after 20 minutes", order.StatusPaid, 20 * time.Minute, order.StatusAcknowledged},
		{"still paid after an hour", order.StatusPaid, time.Hour, order.StatusPaid},
		{"cancelled meanwhile", order.StatusCanceled, 5 * time.Minute, order.StatusCanceled},
		{"applied", order.StatusAcknowledged, 5 * time.Minute, order.StatusAcknowledged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			next := order.Shipment{Marketplace: order.Coupang, ID: "1", Status: tc.next, MarketStatus: "ACCEPT"}
			Apply(&prev, &next, acked.Add(tc.after))
			assert.Equal(t, tc.want, next.Status)
			assert.Equal(t, "ACCEPT", next.MarketStatus, "the marketplace's own word is kept")
		})
	}
	never := order.Shipment{Marketplace: order.Coupang, ID: "1", Status: order.StatusPaid}
	next := order.Shipment{Marketplace: order.Coupang, ID: "1", Status: order.StatusPaid}
	Apply(&never, &next, acked)
	assert.Equal(t, order.StatusPaid, next.Status, "only what SellerDesk acknowledged")
}
