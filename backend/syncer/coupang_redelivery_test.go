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
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

// The re-delivery box Coupang makes up to 10 minutes after 입고 확인 changes nothing else on the
// exchange; the sync stores it anyway (the exchange invoice must name it), and then the invoice
// uploaded for it.
func TestCoupangSyncStoresTheRedeliveryBox(t *testing.T) {
	ctx := context.Background()
	clk := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	rig := newCoupangRig(t, func(c *coupangsim.Config) {
		c.InitialOrders = 0
		c.Versions = nil
		c.Now = clk.Now
		c.ExchangeBoxDelay = 10 * time.Minute
	})
	client := coupangClient(t, rig.cfg, rig.srv.URL, coupang.WithRateLimit(rate.Inf, 1), coupang.WithClock(clk.Now))
	src, err := NewCoupang(CoupangConfig{Client: client, SlowEvery: 100})
	require.NoError(t, err)
	st := openStore(t, t.TempDir())
	e, err := New(Config{Store: st, Check: check.Apply, Now: clk.Now})
	require.NoError(t, err)

	boxes := rig.sim.AddOrders(1)
	shipCoupang(t, client, boxes)
	require.NoError(t, rig.sim.Deliver(boxes[0]))
	ex, err := rig.sim.RequestExchange(boxes[0], 1, "사이즈 교환")
	require.NoError(t, err)
	_, err = client.ConfirmExchangeReceived(ctx, ex)
	require.NoError(t, err)
	require.NoError(t, e.Run(ctx, src).Err)
	stored := func() *order.Claim {
		t.Helper()
		s, err := st.Shipment(ctx, boxKey(boxes[0]))
		require.NoError(t, err)
		require.NotNil(t, s.Claim)
		return s.Claim
	}
	assert.Equal(t, coupang.CollectComplete, stored().Stage)
	assert.Empty(t, stored().RedeliveryBoxes, "not made yet")

	clk.Add(10 * time.Minute)
	require.NoError(t, e.Run(ctx, src).Err)
	v, _ := rig.sim.Exchange(ex)
	assert.Equal(t, []string{strconv.FormatInt(v.NewBoxID, 10)}, stored().RedeliveryBoxes, "the box alone changed, and is stored")

	res, err := client.UploadExchangeInvoices(ctx, ex, []coupang.ExchangeParcel{{ShipmentBoxID: v.NewBoxID, CourierCode: "HANJIN", InvoiceNumber: "640012349901"}})
	require.NoError(t, err)
	require.True(t, res.Succeeded, "%+v", res)
	require.NoError(t, e.Run(ctx, src).Err)
	assert.Equal(t, "640012349901", stored().RedeliveryNumber)
	assert.Equal(t, "HANJIN", stored().RedeliveryCourier)
}

// A claim read again without the re-delivery's invoice keeps the one stored for it (the parcel the
// seller sent stays on the box for the one-number-one-parcel check); another claim does not.
func TestRedeliveryParcelKeptAcrossReads(t *testing.T) {
	ctx := context.Background()
	clk := testclock.New(time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC))
	st := openStore(t, t.TempDir())
	e, err := New(Config{Store: st, Now: clk.Now})
	require.NoError(t, err)
	box := func(claimID, number string) order.Shipment {
		s := order.Shipment{Marketplace: order.Coupang, ID: "642538970006401511", OrderID: "9100041863311", Status: order.StatusDelivered,
			OrderedAt: clk.Now(), Lines: []order.Line{{ItemID: "1", ProductName: "현미", Quantity: 1}},
			Claim: &order.Claim{Type: order.ClaimExchange, ID: claimID, MarketStatus: coupang.ExchangeProgress, Open: true,
				Stage: coupang.CollectComplete, RedeliveryBoxes: []string{"853138000000005666"}}}
		if number != "" {
			s.Claim.RedeliveryCourier, s.Claim.RedeliveryNumber = "CJGLS", number
		}
		return s
	}
	_, err = e.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: box("100700011", "640012345681")}}})
	require.NoError(t, err)
	_, err = e.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: box("100700011", "")}}})
	require.NoError(t, err)
	s, err := st.Shipment(ctx, order.ShipmentKey(order.Coupang, "642538970006401511"))
	require.NoError(t, err)
	assert.Equal(t, "640012345681", s.Claim.RedeliveryNumber)
	assert.Equal(t, "CJGLS", s.Claim.RedeliveryCourier)
	assert.True(t, sameClaim(s.Claim, box("100700011", "").Claim), "a read without the invoice is no change")
	assert.False(t, sameClaim(s.Claim, box("100700011", "640012345682").Claim))

	_, err = e.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: box("100700012", "")}}})
	require.NoError(t, err)
	s, err = st.Shipment(ctx, order.ShipmentKey(order.Coupang, "642538970006401511"))
	require.NoError(t, err)
	assert.Empty(t, s.Claim.RedeliveryNumber, "a new exchange starts without a parcel")
}
