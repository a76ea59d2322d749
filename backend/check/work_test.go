package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// What SellerDesk keeps of the seller's work survives a re-sync: what was printed, and a write that
// did not go through until the marketplace moves the box on.
func TestApplyKeepsPrintsAndWriteProblems(t *testing.T) {
	stored := func(status order.Status) *order.Shipment {
		s := coupangShipment(plainLine())
		s.Status = status
		s.Printed = &order.Printed{Batch: "2026-11-22#2", Lists: []string{"shipping"}, At: testNow}
		s.WriteProblem = &order.WriteProblem{Action: "dispatch", Result: order.WriteFailed, Message: "송장번호가 이미 사용되었습니다.",
			Status: status, At: testNow}
		return s
	}
	t.Run("same status: both stay", func(t *testing.T) {
		next := coupangShipment(plainLine())
		next.Status = order.StatusAcknowledged
		Apply(stored(order.StatusAcknowledged), next, testNow)
		require.NotNil(t, next.Printed)
		assert.Equal(t, "2026-11-22#2", next.Printed.Batch)
		require.NotNil(t, next.WriteProblem, "a failed dispatch stays on the box while it is still 발주확인")
		assert.Equal(t, order.WriteFailed, next.WriteProblem.Result)
	})
	t.Run("the marketplace moved the box on: the problem is settled", func(t *testing.T) {
		next := coupangShipment(plainLine())
		next.Status = order.StatusShipped
		Apply(stored(order.StatusAcknowledged), next, testNow)
		assert.Nil(t, next.WriteProblem, "dispatched meanwhile (in the seller centre): nothing left to send")
		require.NotNil(t, next.Printed, "the print record stays")
	})
}
