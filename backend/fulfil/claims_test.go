package fulfil

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/order"
)

// claimMay is the one rule of which answer a claim takes: the list the screens offer
// (ClaimActions) and the check before sending.
func TestClaimActionsFollowTheMarketplaceState(t *testing.T) {
	box := func(m order.Marketplace, st order.Status, c order.Claim) *order.Shipment {
		c.Open = true
		return &order.Shipment{Marketplace: m, ID: "1", Status: st, Claim: &c}
	}
	tests := []struct {
		name string
		s    *order.Shipment
		want []ClaimAction
	}{
		{"coupang stop request", box(order.Coupang, order.StatusAcknowledged, order.Claim{Type: order.ClaimCancel, ID: "77",
			Stage: coupang.ReceiptStopRequested, StopRequested: true, Quantity: 1}), []ClaimAction{StopShipment, AlreadyShipped}},
		{"coupang stop request on a box that left: only 이미출고", box(order.Coupang, order.StatusShipped, order.Claim{Type: order.ClaimCancel,
			ID: "77", StopRequested: true, Quantity: 1}), []ClaimAction{AlreadyShipped}},
		{"coupang stop request without a receipt id", box(order.Coupang, order.StatusAcknowledged, order.Claim{Type: order.ClaimCancel,
			StopRequested: true, Quantity: 1}), nil},
		{"coupang return not yet in", box(order.Coupang, order.StatusDelivered, order.Claim{Type: order.ClaimReturn, ID: "78",
			Stage: coupang.ReceiptReturnReceived, Quantity: 1}), []ClaimAction{ReceiveReturn}},
		{"coupang return in the warehouse", box(order.Coupang, order.StatusDelivered, order.Claim{Type: order.ClaimReturn, ID: "78",
			Stage: coupang.ReceiptInWarehouse, Quantity: 1}), []ClaimAction{ApproveReturn}},
		{"naver cancel request", box(order.Naver, order.StatusAcknowledged, order.Claim{Type: order.ClaimCancel,
			MarketStatus: "CANCEL_REQUEST"}), []ClaimAction{ApproveCancel}},
		{"naver cancel in progress: nothing to answer", box(order.Naver, order.StatusAcknowledged, order.Claim{Type: order.ClaimCancel,
			MarketStatus: "CANCELING"}), nil},
		{"naver return", box(order.Naver, order.StatusDelivered, order.Claim{Type: order.ClaimReturn,
			MarketStatus: "COLLECT_DONE"}), []ClaimAction{ApproveReturn, HoldReturn, RejectReturn}},
		{"naver return held back", box(order.Naver, order.StatusDelivered, order.Claim{Type: order.ClaimReturn,
			MarketStatus: "COLLECT_DONE", HeldBack: true}), []ClaimAction{ReleaseReturn, RejectReturn}},
		{"naver exchange requested", box(order.Naver, order.StatusDelivered, order.Claim{Type: order.ClaimExchange,
			MarketStatus: "EXCHANGE_REQUEST"}), []ClaimAction{CollectExchange, HoldExchange, RejectExchange}},
		{"naver exchange collected", box(order.Naver, order.StatusDelivered, order.Claim{Type: order.ClaimExchange,
			MarketStatus: "COLLECT_DONE"}), []ClaimAction{RedeliverExchange, HoldExchange, RejectExchange}},
		{"naver exchange held back", box(order.Naver, order.StatusDelivered, order.Claim{Type: order.ClaimExchange,
			MarketStatus: "COLLECT_DONE", HeldBack: true}), []ClaimAction{ReleaseExchange, RejectExchange}},
		{"naver exchange re-delivering: the seller centre", box(order.Naver, order.StatusDelivered, order.Claim{Type: order.ClaimExchange,
			MarketStatus: "EXCHANGE_REDELIVERING"}), nil},
		{"coupang exchange asked", box(order.Coupang, order.StatusDelivered, order.Claim{Type: order.ClaimExchange, ID: "100702179",
			MarketStatus: "RECEIPT", Stage: "BeforeDirection"}), []ClaimAction{ReceiveExchange, RejectExchange}},
		{"coupang exchange confirmed", box(order.Coupang, order.StatusDelivered, order.Claim{Type: order.ClaimExchange, ID: "100702179",
			MarketStatus: "PROGRESS", Stage: "CompleteCollect"}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ClaimActions(tt.s))
			assert.NotEmpty(t, ClaimTodo(tt.s))
		})
	}
	closed := box(order.Naver, order.StatusAcknowledged, order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST"})
	closed.Claim.Open = false
	assert.Empty(t, ClaimActions(closed))
}
