package naver

import (
	"context"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/testclock"
)

const (
	testClientID     = "U8JZpDE0iGXlD6gNCFbaEP"
	testClientSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k."
)

func newFakeClock() *testclock.Clock {
	return testclock.New(time.Date(2026, 11, 22, 9, 30, 0, 0, order.KST()))
}

// sleepRecorder replaces the backoff sleep and records the delays asked for.
type sleepRecorder struct {
	mu     sync.Mutex
	delays []time.Duration
}

func (s *sleepRecorder) Sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.delays = append(s.delays, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleepRecorder) Delays() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.delays...)
}

type simEnv struct {
	sim    *naversim.Sim
	srv    *httptest.Server
	clock  *testclock.Clock
	sleeps *sleepRecorder
	client *Client
}

// newSimEnv starts a simulator on a fake clock, without rate limit or random faults, and a
// client with instant backoff.
func newSimEnv(t *testing.T, opts ...Option) *simEnv {
	t.Helper()
	return newSimEnvWith(t, naversim.Config{}, opts...)
}

// newSimEnvWith is newSimEnv with a simulator configuration (Real, ClockOffset, …); the keys,
// the fake clock, the seed and the rate limit are filled in.
func newSimEnvWith(t *testing.T, cfg naversim.Config, opts ...Option) *simEnv {
	t.Helper()
	clock := newFakeClock()
	cfg.ClientID, cfg.ClientSecret, cfg.Clock, cfg.NoRateLimit = testClientID, testClientSecret, clock.Now, true
	if cfg.Seed == 0 {
		cfg.Seed = 7
	}
	sim := naversim.New(cfg)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	sleeps := &sleepRecorder{}
	all := append([]Option{
		WithBaseURL(srv.URL + "/external"), WithClock(clock.Now), WithRateLimit(rate.Inf, 0),
		WithSleep(sleeps.Sleep), WithJitter(func(d time.Duration) time.Duration { return d }),
	}, opts...)
	c, err := New(testClientID, testClientSecret, all...)
	require.NoError(t, err)
	return &simEnv{sim: sim, srv: srv, clock: clock, sleeps: sleeps, client: c}
}

// dispatchCJ sends each product order out by CJ대한통운 (CJGLS), numbers[i] the parcel of ids[i].
func (e *simEnv) dispatchCJ(ctx context.Context, t *testing.T, ids []string, numbers ...string) {
	t.Helper()
	require.Len(t, numbers, len(ids))
	items := make([]DispatchItem, len(ids))
	for i, id := range ids {
		items[i] = DispatchItem{ProductOrderID: id, DeliveryMethod: "DELIVERY", CourierCode: "CJGLS", TrackingNumber: numbers[i]}
	}
	_, err := e.client.Dispatch(ctx, items)
	require.NoError(t, err)
}

// readBack reads one product order from the marketplace and maps it as the sync does.
func (e *simEnv) readBack(ctx context.Context, t *testing.T, id string) order.Shipment {
	t.Helper()
	q, err := e.client.QueryProductOrders(ctx, []string{id})
	require.NoError(t, err)
	require.Len(t, q.Orders, 1)
	s, err := ToShipment(&q.Orders[0], nil)
	require.NoError(t, err)
	return s
}
