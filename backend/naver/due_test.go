package naver

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestToShipmentDueAndClaimDetails: shippingDueDate is the box's 발송기한, and a claim carries the
// quantity it covers and whether the seller holds it back (holdbackStatus HOLDBACK).
func TestToShipmentDueAndClaimDetails(t *testing.T) {
	due := time.Date(2026, 12, 3, 23, 59, 59, 0, order.KST())
	d := ProductOrderDetail{}
	d.ProductOrder.ProductOrderID = "2026120100000001"
	d.ProductOrder.ProductOrderStatus, d.ProductOrder.PlaceOrderStatus = "DELIVERED", "OK"
	d.ProductOrder.ProductName, d.ProductOrder.Quantity = "면 티셔츠", 2
	d.ProductOrder.ShippingDueDate = Time{Time: due}
	d.CurrentClaim = &ClaimSet{Return: &ClaimDetail{ClaimID: "R1", ClaimStatus: "COLLECT_DONE", RequestQuantity: 2, HoldbackStatus: "HOLDBACK"}}
	s, err := ToShipment(&d, nil)
	require.NoError(t, err)
	assert.True(t, s.ShipBy.Equal(due))
	require.NotNil(t, s.Claim)
	assert.Equal(t, 2, s.Claim.Quantity)
	assert.True(t, s.Claim.HeldBack)
	assert.True(t, s.Claim.Open)

	d.CurrentClaim.Return.HoldbackStatus = "RELEASED"
	s, err = ToShipment(&d, nil)
	require.NoError(t, err)
	assert.False(t, s.Claim.HeldBack)
}
