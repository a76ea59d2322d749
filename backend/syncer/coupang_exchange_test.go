package syncer

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/check"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/retry"
	"sellerdesk/backend/testclock"
)

// shipCoupang acknowledges the boxes and uploads an invoice for each.
func shipCoupang(t *testing.T, c *coupang.Client, boxes []int64) {
	t.Helper()
	ctx := context.Background()
	_, err := c.Acknowledge(ctx, boxes)
	require.NoError(t, err)
	for i, b := range boxes {
		sheet, err := c.OrderSheet(ctx, b)
		require.NoError(t, err)
		res, err := c.UploadInvoices(ctx, coupang.InvoicesForBox(sheet, "CJGLS", "6400123400"+strconv.Itoa(10+i)))
		require.NoError(t, err)
		require.Empty(t, res.Failed())
	}
}

// A Coupang buyer's exchange request on a delivered box is read every run (exchangeRequests, the
// last 7 days) and becomes the box's open exchange claim, which holds the box until Coupang says
// the exchange is over: withdrawn, or done — followed by its order on slow runs once it is older
// than the 7 days one call may cover.
func TestCoupangExchangeRequestsBecomeClaims(t *testing.T) {
	ctx := context.Background()
	clk := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0; c.Versions = nil; c.Now = clk.Now })
	client := coupangClient(t, rig.cfg, rig.srv.URL, coupang.WithRateLimit(rate.Inf, 1), coupang.WithClock(clk.Now),
		coupang.WithRetry(retry.Policy{MaxTries: 9, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond}))
	src, err := NewCoupang(CoupangConfig{Client: client, SlowEvery: 2})
	require.NoError(t, err)
	st := openStore(t, t.TempDir())
	e, err := New(Config{Store: st, Check: check.Apply, Now: clk.Now}) // the real checks: the hold is theirs
	require.NoError(t, err)

	boxes := rig.sim.AddOrders(3)
	shipCoupang(t, client, boxes)
	require.NoError(t, e.Run(ctx, src).Err) // slow
	for _, b := range boxes {
		require.NoError(t, rig.sim.Deliver(b))
	}
	stored := func(id int64) order.Shipment {
		t.Helper()
		s, err := st.Shipment(ctx, boxKey(id))
		require.NoError(t, err)
		return s
	}
	require.Equal(t, order.StatusShipped, stored(boxes[0]).Status)

	clk.Add(time.Hour)
	ex0, err := rig.sim.RequestExchange(boxes[0], 1, "사이즈가 작아요")
	require.NoError(t, err)
	ex1, err := rig.sim.RequestExchange(boxes[1], 1, "색상 교환")
	require.NoError(t, err)
	rig.sim.ResetCalls()
	res := e.Run(ctx, src) // fast
	require.NoError(t, res.Err)
	assert.Equal(t, 1, rig.sim.Calls(coupangsim.EndpointExchangeRequests))
	s0 := stored(boxes[0])
	require.NotNil(t, s0.Claim, "the exchange is on the box")
	assert.Equal(t, order.ClaimExchange, s0.Claim.Type)
	assert.Equal(t, strconv.FormatInt(ex0, 10), s0.Claim.ID)
	assert.Equal(t, coupang.ExchangeReceipt, s0.Claim.MarketStatus)
	assert.Equal(t, coupang.CollectBeforeDirection, s0.Claim.Stage)
	assert.Equal(t, "사이즈가 작아요", s0.Claim.Reason)
	assert.Equal(t, 1, s0.Claim.Quantity)
	assert.True(t, s0.Claim.Open)
	assert.True(t, s0.Blocked(), "an open exchange holds the box: %+v", s0.Findings)
	assert.Nil(t, stored(boxes[2]).Claim)
	assert.Equal(t, order.StatusDelivered, s0.Status, "the claimed box is read again singly")

	require.NoError(t, rig.sim.WithdrawExchange(ex1, "철회"))
	require.NoError(t, e.Run(ctx, src).Err) // slow
	s1 := stored(boxes[1])
	require.NotNil(t, s1.Claim)
	assert.False(t, s1.Claim.Open, "withdrawn")
	assert.True(t, s1.Claim.Withdrawn)
	assert.Equal(t, coupang.ExchangeCancel, s1.Claim.MarketStatus)
	assert.False(t, s1.Blocked(), "the hold goes with the exchange")
	b0 := stored(boxes[0])
	assert.True(t, b0.Blocked())

	// nine days on the exchange is out of the 7 days a call covers; the pickup moves it on
	clk.Add(9 * 24 * time.Hour)
	require.NoError(t, rig.sim.PickUpExchange(ex0))
	rig.sim.ResetCalls()
	require.NoError(t, e.Run(ctx, src).Err) // fast: only the last 7 days
	assert.Equal(t, 1, rig.sim.Calls(coupangsim.EndpointExchangeRequests))
	assert.Equal(t, coupang.ExchangeReceipt, stored(boxes[0]).Claim.MarketStatus, "not listed on a fast run")
	rig.sim.ResetCalls()
	require.NoError(t, e.Run(ctx, src).Err) // slow: the open exchange is followed by its order
	assert.Equal(t, 2, rig.sim.Calls(coupangsim.EndpointExchangeRequests))
	s0 = stored(boxes[0])
	assert.Equal(t, coupang.ExchangeProgress, s0.Claim.MarketStatus)
	assert.Equal(t, coupang.CollectDelivering, s0.Claim.Stage)
	assert.True(t, s0.Blocked())

	require.NoError(t, rig.sim.CompleteExchange(ex0))
	require.NoError(t, e.Run(ctx, src).Err) // fast
	require.NoError(t, e.Run(ctx, src).Err) // slow
	s0 = stored(boxes[0])
	assert.False(t, s0.Claim.Open, "done")
	assert.False(t, s0.Claim.Withdrawn)
	assert.Equal(t, coupang.ExchangeSuccess, s0.Claim.MarketStatus)
	assert.False(t, s0.Blocked(), "the hold goes when Coupang says the exchange is done")
	rig.sim.ResetCalls()
	require.NoError(t, e.Run(ctx, src).Err) // fast
	require.NoError(t, e.Run(ctx, src).Err) // slow: nothing open is left to follow
	assert.Equal(t, 2, rig.sim.Calls(coupangsim.EndpointExchangeRequests))
}

// The read-back a write relies on sees an exchange too (a box in delivery or delivered).
func TestCoupangReadBackReadsExchanges(t *testing.T) {
	ctx := context.Background()
	clk := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0; c.Versions = nil; c.Now = clk.Now })
	client := coupangClient(t, rig.cfg, rig.srv.URL, coupang.WithRateLimit(rate.Inf, 1), coupang.WithClock(clk.Now))
	src, err := NewCoupang(CoupangConfig{Client: client})
	require.NoError(t, err)
	boxes := rig.sim.AddOrders(2)
	shipCoupang(t, client, boxes[:1])
	require.NoError(t, rig.sim.Deliver(boxes[0]))
	ex, err := rig.sim.RequestExchange(boxes[0], 1, "불량")
	require.NoError(t, err)
	rig.sim.ResetCalls()
	recs, failed := src.ReadBack(ctx, []string{strconv.FormatInt(boxes[0], 10), strconv.FormatInt(boxes[1], 10)}, clk.Now())
	require.Empty(t, failed)
	require.Len(t, recs, 2)
	require.NotNil(t, recs[0].Shipment.Claim)
	assert.Equal(t, strconv.FormatInt(ex, 10), recs[0].Shipment.Claim.ID)
	assert.Nil(t, recs[1].Shipment.Claim)
	assert.Equal(t, 5, rig.sim.Calls(coupangsim.EndpointExchangeRequests),
		"the delivered box's order over 30 days in 7-day windows; a box not yet sent is not asked about exchanges")
}
