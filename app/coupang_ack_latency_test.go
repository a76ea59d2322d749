package app

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/testclock"
)

// coupangApp is an app on a fresh data folder wired (as saved settings) to its own simulated
// Coupang, both on one settable clock; edit tunes the simulator.
func coupangApp(t *testing.T, edit func(*coupangsim.Config)) (*coupangsim.Server, *App, *testclock.Clock) {
	t.Helper()
	clock := testclock.New(time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC))
	cfg := coupangsim.DefaultConfig()
	cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders, cfg.Seed, cfg.Now = -1, 0, 0, 4, clock.Now
	if edit != nil {
		edit(&cfg)
	}
	sim, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	settings := Settings{SyncIntervalMinutes: 60, Coupang: CoupangKeys{VendorID: cfg.VendorID,
		AccessKey: cfg.AccessKey, SecretKey: cfg.SecretKey, BaseURL: srv.URL}}
	return sim, appOn(t, clock, nil, settings), clock
}

// appOn is another app with settings and an environment, on clock.
func appOn(t *testing.T, clock *testclock.Clock, env map[string]string, settings Settings) *App {
	t.Helper()
	ctx := context.Background()
	a, err := New(ctx, Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: 200 * time.Millisecond, Now: clock.Now,
		Env:            func(k string) string { return env[k] },
		CoupangOptions: []coupang.Option{coupang.WithRateLimit(rate.Inf, 1), coupang.WithClock(clock.Now)}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	require.NoError(t, a.PutSettings(ctx, settings))
	return a
}

// Coupang answers 상품준비중 with success but may take up to 30 minutes to apply it, refusing
// invoices INVALID_STATUS meanwhile. That refusal is "not yet": a result of its own with a Korean
// message, the tracking number kept, the box still 발주확인 and not failed; sent again once
// Coupang has applied the acknowledgement, it goes through.
func TestCoupangInvoiceDuringAckLatencyIsNotYet(t *testing.T) {
	ctx := context.Background()
	sim, a, clock := coupangApp(t, func(c *coupangsim.Config) { c.AckLatency = 30 * time.Minute })
	ids := sim.AddOrders(1)
	key := order.ShipmentKey(order.Coupang, strconv.FormatInt(ids[0], 10))
	sync := func() {
		t.Helper()
		runs, err := a.SyncOnce(ctx, order.Coupang)
		require.NoError(t, err)
		require.NoError(t, runs[0].Result.Err)
	}
	sync()

	ack, err := a.Acknowledge(ctx, []string{key}, "seller")
	require.NoError(t, err)
	require.Equal(t, fulfil.OK, ack.Items[0].Result, ack.Items[0].Message)
	assert.Contains(t, ack.Items[0].Message, "30분")
	require.NoError(t, a.SetTracking(ctx, key, "CJ대한통운", "612345678901", "seller"))

	clock.Add(5 * time.Minute)
	sync() // Coupang still lists the box 결제완료: it stays 발주확인 here
	s, err := a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, order.StatusAcknowledged, s.Status)
	assert.Equal(t, coupang.StatusAccept, s.MarketStatus)

	res, err := a.Dispatch(ctx, []string{key}, "seller")
	require.NoError(t, err)
	it := res.Items[0]
	assert.Equal(t, fulfil.Pending, it.Result, it.Message)
	assert.Equal(t, "INVALID_STATUS", it.Code)
	assert.Contains(t, it.Message, "아직 안 됨")
	assert.Contains(t, it.Message, "다시 발송처리")
	assert.Equal(t, fulfil.Counts{Pending: 1}, res.Counts)
	assert.Contains(t, res.Summary, "기다리는 중")
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, "612345678901", s.TrackingNumber, "the number stays stored")
	assert.Equal(t, order.StatusAcknowledged, s.Status, "not failed, not back to 신규주문")
	v, _ := sim.Box(ids[0])
	assert.Equal(t, "ACCEPT", v.Status)

	clock.Add(26 * time.Minute) // Coupang has applied it
	res, err = a.Dispatch(ctx, []string{key}, "seller")
	require.NoError(t, err)
	require.Equal(t, fulfil.OK, res.Items[0].Result, res.Items[0].Message)
	v, _ = sim.Box(ids[0])
	assert.Equal(t, "DEPARTURE", v.Status)
	assert.Equal(t, "612345678901", v.Invoice)
}

// After an hour Coupang asks for an inquiry: SellerDesk no longer treats the box as acknowledged
// and shows what Coupang shows (결제완료), so the seller can acknowledge it again.
func TestCoupangInvoiceRefusedLongAfterTheAckFails(t *testing.T) {
	ctx := context.Background()
	sim, a, clock := coupangApp(t, func(c *coupangsim.Config) { c.AckLatency = 3 * time.Hour })
	ids := sim.AddOrders(1)
	key := order.ShipmentKey(order.Coupang, strconv.FormatInt(ids[0], 10))
	_, err := a.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	_, err = a.Acknowledge(ctx, []string{key}, "seller")
	require.NoError(t, err)
	require.NoError(t, a.SetTracking(ctx, key, "CJ대한통운", "612345678901", "seller"))
	clock.Add(50 * time.Minute)
	res, err := a.Dispatch(ctx, []string{key}, "seller")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Pending, res.Items[0].Result)
	clock.Add(15 * time.Minute)
	_, err = a.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	s, err := a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	assert.Equal(t, order.StatusPaid, s.Status, "after an hour SellerDesk shows what Coupang shows")
	res, err = a.Dispatch(ctx, []string{key}, "seller")
	require.NoError(t, err)
	assert.Equal(t, fulfil.Skipped, res.Items[0].Result, "결제완료 is not sent")
}
