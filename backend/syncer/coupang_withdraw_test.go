package syncer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/check"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// A stop-shipment request the buyer withdraws leaves the return lists without a word; the sync
// reads returnWithdrawRequests and the hold on the box clears (its held unit ships again). A box
// whose claim was not withdrawn stays held.
func TestCoupangWithdrawnClaimClearsTheHold(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0; c.Versions = nil })
	boxes := rig.sim.AddOrders(3)
	st := openStore(t, t.TempDir())
	e, err := New(Config{Store: st, Check: check.Apply}) // the real checks: the hold is theirs
	require.NoError(t, err)
	src := rig.source(t)
	_, err = src.client.Acknowledge(ctx, boxes)
	require.NoError(t, err)
	r0, err := rig.sim.CancelBox(boxes[0], 1)
	require.NoError(t, err)
	_, err = rig.sim.CancelBox(boxes[1], 1)
	require.NoError(t, err)
	require.NoError(t, e.Run(ctx, src).Err)
	held := func(id int64) *order.Shipment {
		t.Helper()
		s, err := st.Shipment(ctx, boxKey(id))
		require.NoError(t, err)
		return &s
	}
	require.True(t, held(boxes[0]).Blocked(), "a stop-shipment request holds the box")
	require.True(t, held(boxes[1]).Blocked())
	assert.Equal(t, 1, held(boxes[0]).Lines[0].HeldQty)

	require.NoError(t, rig.sim.WithdrawReceipt(r0))
	rig.sim.ResetCalls()
	res := e.Run(ctx, src) // a fast run: the withdrawals are read while a box is held
	require.NoError(t, res.Err)
	assert.Equal(t, 1, rig.sim.Calls(coupangsim.EndpointReturnWithdrawRequests))
	s0 := held(boxes[0])
	require.NotNil(t, s0.Claim)
	assert.False(t, s0.Claim.Open, "the withdrawn claim is closed")
	assert.Equal(t, coupang.ClaimWithdrawn, s0.Claim.MarketStatus)
	assert.False(t, s0.Blocked(), "the hold clears: %+v", s0.Findings)
	assert.Zero(t, s0.Lines[0].HeldQty, "read again: the held unit ships")
	assert.True(t, held(boxes[1]).Blocked(), "the other request still holds its box")

	res = e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Zero(t, res.Changed, "a withdrawal is applied once")

	// once nothing is held, fast runs leave the withdrawal list alone
	r1 := held(boxes[1]).Claim.ID
	require.NotEmpty(t, r1, "the receipt id is kept with the claim")
	require.NoError(t, rig.sim.WithdrawReceipt(mustAtoi(t, r1)))
	require.NoError(t, e.Run(ctx, src).Err)
	assert.False(t, held(boxes[1]).Blocked())
	rig.sim.ResetCalls()
	require.NoError(t, e.Run(ctx, src).Err)
	assert.Zero(t, rig.sim.Calls(coupangsim.EndpointReturnWithdrawRequests))
}
