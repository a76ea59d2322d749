package fulfil

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/syncer"
	"sellerdesk/backend/testclock"
)

// naverRig is the pipeline on a store, against the simulated Naver through the real client and the
// sync's read-back.
type naverRig struct {
	sim    *naversim.Sim
	st     *store.Store
	engine *syncer.Engine
	src    *syncer.NaverSource
	p      *Pipeline
}

func newNaverRig(t *testing.T) *naverRig {
	t.Helper()
	ctx := context.Background()
	clock := testclock.New(time.Date(2026, 12, 1, 23, 0, 0, 0, order.KST()))
	const id, secret = "U8JZpDE0iGXlD6gNCFbaEP", "$2a$04$A.m5cKAa1oXZfFITnYi7k."
	sim := naversim.New(naversim.Config{ClientID: id, ClientSecret: secret, Clock: clock.Now, NoRateLimit: true, Seed: 3, Real: naversim.RealWorld()})
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	c, err := naver.New(id, secret, naver.WithBaseURL(srv.URL+"/external"), naver.WithClock(clock.Now), naver.WithRateLimit(rate.Inf, 0),
		naver.WithSleep(func(ctx context.Context, _ time.Duration) error { return ctx.Err() }))
	require.NoError(t, err)
	st, err := store.Open(ctx, t.TempDir(), store.Options{Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	engine, err := syncer.New(syncer.Config{Store: st, Now: clock.Now})
	require.NoError(t, err)
	src, err := syncer.NewNaver(syncer.NaverConfig{Client: c})
	require.NoError(t, err)
	r := &naverRig{sim: sim, st: st, engine: engine, src: src}
	r.p, err = New(Config{Store: st, Now: clock.Now, Markets: func(context.Context, []order.Marketplace) (map[order.Marketplace]Market, error) {
		return map[order.Marketplace]Market{order.Naver: {Naver: c, ReadBack: func(ctx context.Context, ids []string) (map[string]order.Shipment, map[string]error) {
			return engine.ReadBack(ctx, src, ids)
		}}}, nil
	}})
	require.NoError(t, err)
	return r
}

// stored reads product orders into the store the way the sync does and returns their keys.
func (r *naverRig) stored(t *testing.T, ids ...string) []string {
	t.Helper()
	got, failed := r.engine.ReadBack(context.Background(), r.src, ids)
	require.Empty(t, failed)
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = order.ShipmentKey(order.Naver, id)
		require.Contains(t, got, keys[i])
	}
	return keys
}

func (r *naverRig) digital(buyer string) string {
	return r.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9000001", ProductName: "한글 폰트", SellerCode: "FONT", OrdererID: buyer})
}

func TestDispatchNothingAgainstNaver(t *testing.T) {
	ctx := context.Background()
	r := newNaverRig(t)
	d1, d2, lost, cancelled := r.digital("buyer_01"), r.digital("buyer_02"), r.digital("buyer_03"), r.digital("buyer_04")
	parcel := r.sim.AddOrders(1)[0]
	keys := r.stored(t, d1, d2, lost, cancelled, parcel)
	// A cancel request reaches Naver after the last sync: the sweep reads it before sending.
	require.NoError(t, r.sim.RequestCancel(cancelled, "단순 변심"))
	// The answer to the call that carries the third order is lost after Naver applied it.
	out, err := r.p.DispatchNothing(ctx, keys[:2], "auto")
	require.NoError(t, err)
	assert.Equal(t, Counts{OK: 2}, out.Counts, out.Summary)
	r.sim.InjectFault(naversim.EndpointDispatch, naversim.FaultAppliedTimeout)
	out, err = r.p.DispatchNothing(ctx, keys[2:4], "auto")
	require.NoError(t, err)
	items := byKey(out.Items)
	out, err = r.p.DispatchNothing(ctx, keys[4:], "auto")
	require.NoError(t, err)
	items[keys[4]] = out.Items[0]

	assert.Equal(t, OK, items[keys[2]].Result, items[keys[2]].Message)
	assert.True(t, items[keys[2]].ReadBack, "the lost answer was read back, not sent again")
	assert.Equal(t, Skipped, items[keys[3]].Result, "a cancel request found by the sweep stops it")
	assert.Contains(t, items[keys[3]].Message, "취소")
	assert.Equal(t, Failed, items[keys[4]].Result, "an order that ships cannot go as 배송없음")
	assert.Equal(t, naver.CodeMethodChange, items[keys[4]].Code)

	for _, id := range []string{d1, d2, lost} {
		v, _ := r.sim.Order(id)
		assert.Equal(t, "DELIVERING", v.Status, id)
		assert.Equal(t, naver.DeliveryNothing, v.DeliveryMethod, id)
		assert.Empty(t, v.Courier+v.TrackingNumber, id)
		s, err := r.st.Shipment(ctx, order.ShipmentKey(order.Naver, id))
		require.NoError(t, err)
		assert.Equal(t, order.StatusDelivering, s.Status, id)
		assert.Empty(t, s.TrackingNumber, id)
	}
	audit, err := r.st.Audit(ctx, store.AuditQuery{ShipmentKey: keys[0]})
	require.NoError(t, err)
	require.NotEmpty(t, audit)
	assert.Equal(t, "dispatch-nothing", audit[0].Action)

	// Done already: read back, never sent twice.
	calls := r.sim.Calls()[naversim.EndpointDispatch]
	out, err = r.p.DispatchNothing(ctx, keys[:1], "auto")
	require.NoError(t, err)
	assert.Equal(t, Skipped, out.Items[0].Result)
	assert.Equal(t, calls, r.sim.Calls()[naversim.EndpointDispatch], "nothing sent for an order done already")
}
