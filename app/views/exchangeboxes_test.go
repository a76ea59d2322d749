package views

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
)

// The drawer names every re-delivery invoice of an exchange sent in several boxes, each with its
// box; one invoice reads as before.
func TestDetailShowsEachRedeliveryInvoice(t *testing.T) {
	s := order.Shipment{Marketplace: order.Coupang, ID: "1", Status: order.StatusDelivered, Claim: &order.Claim{Type: order.ClaimExchange,
		ID: "7", Open: true, RedeliveryBoxes: []string{"11", "12"}, RedeliveryNumber: "640012345681",
		RedeliveryInvoices: []order.BoxInvoice{{Box: "11", Courier: "CJGLS", Number: "640012345681"}, {Box: "12", Courier: "EPOST", Number: "6400123499471"}}}}
	assert.Contains(t, Detail(&s, nil, check.Learned{}).Claim, "재배송 운송장 박스 11 640012345681, 박스 12 6400123499471")
	s.Claim.RedeliveryInvoices = s.Claim.RedeliveryInvoices[:1]
	assert.Contains(t, Detail(&s, nil, check.Learned{}).Claim, "재배송 운송장 640012345681")
}
