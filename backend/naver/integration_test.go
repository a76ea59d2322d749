package naver

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// logBuffer collects log lines to check that no secret leaks.
type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// syncOnce is what the sync engine does: walk the feed, then read every changed product order.
func syncOnce(ctx context.Context, t *testing.T, c *Client, from, to time.Time) (map[string]int, []ProductOrderDetail, map[string]LastChangedStatus) {
	t.Helper()
	seen := map[string]int{}
	rows := map[string]LastChangedStatus{}
	var ids []string
	err := c.ChangedStatuses(ctx, from, to, 100, func(p ChangedStatusesPage) error {
		for _, s := range p.Statuses {
			id := string(s.ProductOrderID)
			if seen[id] == 0 {
				ids = append(ids, id)
			}
			seen[id]++
			rows[id] = s
		}
		return nil
	})
	require.NoError(t, err)
	res, err := c.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	require.Empty(t, res.Missing)
	return seen, res.Orders, rows
}

// TestSyncFromSimulatorWithFaults syncs a few hundred orders through the feed + query loop while
// the simulator throws 429s, 5xx, slow and cut-off answers, and checks every order arrives once.
func TestSyncFromSimulatorWithFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("paced at Naver's 2 calls/s")
	}
	sim := naversim.New(naversim.Config{
		ClientID: testClientID, ClientSecret: testClientSecret, Seed: 20261122,
		Faults: naversim.Faults{RateLimit: 0.15, ServerError: 0.15, Truncate: 0.15, Slow: 0.05, SlowDelay: 1500 * time.Millisecond},
	})
	srv := httptest.NewServer(sim)
	defer srv.Close()
	logs := &logBuffer{}
	c, err := New(testClientID, testClientSecret,
		WithBaseURL(srv.URL+"/external"),
		WithHTTPClient(&http.Client{Timeout: 900 * time.Millisecond}),
		WithRetry(RetryPolicy{MaxTries: 10, BaseDelay: 10 * time.Millisecond, MaxDelay: 100 * time.Millisecond}),
		WithLogger(slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))),
	)
	require.NoError(t, err)
	ctx := context.Background()

	start := time.Now().Add(-time.Second)
	var want []string
	for _, n := range []int{130, 7, 150, 1, 112} { // big batches share one timestamp across page boundaries
		want = append(want, sim.AddOrders(n)...)
	}
	require.Len(t, want, 400)

	seen, details, rows := syncOnce(ctx, t, c, start, time.Now().Add(time.Second))
	assert.Len(t, seen, 400)
	for _, id := range want {
		assert.Equal(t, 1, seen[id], "product order %s seen %d times in the feed", id, seen[id])
	}
	got := map[string]int{}
	for _, d := range details {
		got[d.ID()]++
	}
	for _, id := range want {
		assert.Equal(t, 1, got[id], "product order %s queried %d times", id, got[id])
	}
	orders, err := ToOrders(details, rows)
	require.NoError(t, err)
	n := 0
	for _, o := range orders {
		for _, s := range o.Shipments {
			n++
			assert.Equal(t, order.StatusPaid, s.Status)
			assert.Equal(t, "PAYED/NOT_YET", s.MarketStatus)
		}
	}
	assert.Equal(t, 400, n)

	calls := sim.Calls()
	t.Logf("calls after the first sync: %v", calls)
	assert.Equal(t, 1, calls[naversim.EndpointToken])
	assert.GreaterOrEqual(t, calls[naversim.EndpointChangedStatuses], 5, "400 rows in pages of 100")
	assert.GreaterOrEqual(t, calls[naversim.EndpointQuery], 2, "400 ids in chunks of 300")
	assert.False(t, sim.Penalized())
	assert.Greater(t, calls[naversim.EndpointChangedStatuses]+calls[naversim.EndpointQuery], 7, "faults forced retries")
	assert.Contains(t, logs.String(), "naver: call failed")

	// Changes after the first sync come back in the next incremental sync, as events.
	time.Sleep(5 * time.Millisecond)
	cursor := time.Now()
	time.Sleep(5 * time.Millisecond)
	require.NoError(t, sim.ChangeAddress(want[3], sim.NewAddress()))
	require.NoError(t, sim.RequestCancel(want[10], "단순 변심"))
	require.NoError(t, sim.ChangeOption(want[20], "색상: 블랙 / 사이즈: M"))
	seen, details, rows = syncOnce(ctx, t, c, cursor, time.Now().Add(time.Second))
	assert.Equal(t, map[string]int{want[3]: 1, want[10]: 1, want[20]: 1}, seen)
	byID := map[string]order.Shipment{}
	for i := range details {
		r := rows[details[i].ID()]
		s, err := ToShipment(&details[i], &r)
		require.NoError(t, err)
		byID[s.ID] = s
	}
	require.Len(t, byID[want[3]].Events, 1)
	assert.Equal(t, order.EventAddressChanged, byID[want[3]].Events[0].Kind)
	require.NotNil(t, byID[want[10]].Claim)
	assert.True(t, byID[want[10]].Claim.Open)
	assert.Equal(t, order.EventOptionChanged, byID[want[20]].Events[0].Kind)
	assert.Equal(t, "색상: 블랙 / 사이즈: M", byID[want[20]].Lines[0].OptionName)

	out := logs.String()
	assert.Contains(t, out, "trace_id=sim-")
	assert.NotContains(t, out, testClientSecret)
	assert.NotContains(t, out, "Bearer")
	assert.NotContains(t, out, "access_token")
	assert.NotContains(t, out, "sim0", "token values look like sim<hex>")
}

// TestSyncSeededHistory back-fills two weeks of seeded orders over 24 h windows and maps them all.
func TestSyncSeededHistory(t *testing.T) {
	env := newSimEnv(t)
	want := env.sim.Seed(500, 14*24*time.Hour)
	ctx := context.Background()
	seen, details, rows := syncOnce(ctx, t, env.client, env.clock.Now().Add(-15*24*time.Hour), env.clock.Now())
	assert.Len(t, seen, len(want))
	for _, id := range want {
		assert.Equal(t, 1, seen[id], id)
	}
	assert.Equal(t, 15, env.sim.Calls()[naversim.EndpointChangedStatuses], "15 days in 24 h windows")
	orders, err := ToOrders(details, rows)
	require.NoError(t, err)
	couriers, err := lists.DefaultCouriers()
	require.NoError(t, err)
	statuses := map[order.Status]int{}
	for _, o := range orders {
		for _, s := range o.Shipments {
			statuses[s.Status]++
			if s.Status == order.StatusDelivering {
				assert.NotEmpty(t, s.TrackingNumber)
				c, known := couriers.Lookup(s.Courier)
				assert.True(t, known && c.Naver == s.Courier, "%q is a Naver code of the courier table", s.Courier)
			}
		}
	}
	for _, st := range []order.Status{order.StatusPaid, order.StatusAcknowledged, order.StatusDelivering, order.StatusDelivered, order.StatusDecided} {
		assert.Positive(t, statuses[st], st)
	}
}
