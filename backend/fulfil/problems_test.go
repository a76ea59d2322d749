package fulfil

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// A write that failed, whose outcome is unknown or that must wait is left on the shipment, with its
// audit entry, until the same write goes through: the board shows it after the banner is closed.
func TestFailedWritesStayOnTheShipment(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	refused := r.add(order.Naver, "1", order.StatusPaid, nil)
	unknown := r.add(order.Naver, "2", order.StatusPaid, nil)
	okBox := r.add(order.Naver, "3", order.StatusPaid, nil)
	r.market.unreadable[unknown] = true
	w := acknowledging(r.market, map[string]string{"1": "refused", "2": "lost"})
	_, err := r.p.Run(ctx, withWriter{acknowledge{}, w}, []string{refused, unknown, okBox}, "seller")
	require.NoError(t, err)

	p := r.stored(refused).WriteProblem
	require.NotNil(t, p, "a refused 발주확인 stays on the box")
	assert.Equal(t, order.WriteProblem{Action: "acknowledge", Result: order.WriteFailed, Message: "마켓이 거절했습니다.",
		Status: order.StatusPaid, At: r.clock.Now()}, *p)
	require.Len(t, r.audit(refused), 1)
	assert.Equal(t, "acknowledge-failed", r.audit(refused)[0].Action)

	p = r.stored(unknown).WriteProblem
	require.NotNil(t, p, "a lost answer that could not be read back is 확인 필요 on the box")
	assert.Equal(t, order.WriteUnknown, p.Result)
	assert.Contains(t, p.Message, "확인 필요")
	assert.Nil(t, r.stored(okBox).WriteProblem)

	// Sent again, it goes through: the problem is over.
	r.market.unreadable[unknown] = false
	w = acknowledging(r.market, nil)
	res, err := r.p.Run(ctx, withWriter{acknowledge{}, w}, []string{refused}, "seller")
	require.NoError(t, err)
	assert.Equal(t, OK, res.Items[0].Result)
	assert.Nil(t, r.stored(refused).WriteProblem)
}

func TestPendingDispatchStaysOnTheShipment(t *testing.T) {
	r := newRig(t)
	key := r.add(order.Coupang, "9", order.StatusAcknowledged, numbered("612345678901"))
	w := dispatching(r.market, map[string]string{"9": "notyet"})
	res, err := r.p.Run(context.Background(), withWriter{dispatch{couriers: r.p.couriers}, w}, []string{key}, "seller")
	require.NoError(t, err)
	require.Equal(t, Pending, res.Items[0].Result)
	p := r.stored(key).WriteProblem
	require.NotNil(t, p)
	assert.Equal(t, "dispatch", p.Action)
	assert.Equal(t, order.WritePending, p.Result)
	assert.Equal(t, order.StatusAcknowledged, p.Status)
}
