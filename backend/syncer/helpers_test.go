package syncer

import (
	"context"
	"math"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/retry"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

const (
	testNaverID     = "U8JZpDE0iGXlD6gNCFbaEP"
	testNaverSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k."
)

func newClock() *testclock.Clock { return testclock.New(time.Now().Truncate(time.Millisecond)) }

// recorder is an Observer that keeps everything it hears.
type recorder struct {
	mu       sync.Mutex
	started  []order.Marketplace
	progress []Progress
	finished []Result
	added    map[string]int
	changed  map[string]int
	findings []NewFinding
}

func newRecorder() *recorder { return &recorder{added: map[string]int{}, changed: map[string]int{}} }

func (r *recorder) SyncStarted(m order.Marketplace) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.started = append(r.started, m)
}

func (r *recorder) SyncProgress(p Progress) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.progress = append(r.progress, p)
}

func (r *recorder) SyncFinished(res Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.finished = append(r.finished, res)
}

func (r *recorder) ShipmentsChanged(_ order.Marketplace, added, changed []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, k := range added {
		r.added[k]++
	}
	for _, k := range changed {
		r.changed[k]++
	}
}

func (r *recorder) FindingsAdded(f []NewFinding) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.findings = append(r.findings, f...)
}

func openStore(t testing.TB, dir string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dir, store.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// testCheck stands in for the pre-ship checks: it raises a finding when the receiver changed, so
// the engine's finding events can be tested without the check package.
func testCheck(prev, next *order.Shipment, now time.Time) {
	if prev != nil {
		next.Findings = prev.Findings
		if !prev.Receiver.SameDestination(next.Receiver) {
			next.Findings = append(next.Findings, order.Finding{Code: "ADDRESS_CHANGED", Severity: order.Block,
				Message: "배송지가 바뀌었습니다.", Line: -1, RaisedAt: now,
				Evidence: []order.Evidence{{Field: "address", Old: prev.Receiver.Address(), New: next.Receiver.Address()}}})
		}
	}
}

func newEngine(t testing.TB, st *store.Store, obs Observer, clk *testclock.Clock) *Engine {
	t.Helper()
	var now func() time.Time
	if clk != nil {
		now = clk.Now
	}
	e, err := New(Config{Store: st, Observer: obs, Check: testCheck, Now: now})
	require.NoError(t, err)
	return e
}

type naverRig struct {
	sim *naversim.Sim
	srv *httptest.Server
	clk *testclock.Clock
}

func newNaverRig(t testing.TB, cfg naversim.Config) *naverRig {
	t.Helper()
	cfg.ClientID, cfg.ClientSecret = testNaverID, testNaverSecret
	clk := newClock()
	if cfg.Clock != nil {
		clk.FollowWall()
	}
	cfg.Clock = clk.Now
	if cfg.Seed == 0 {
		cfg.Seed = 7
	}
	sim := naversim.New(cfg)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return &naverRig{sim: sim, srv: srv, clk: clk}
}

func (r *naverRig) source(t testing.TB, st *store.Store, opts ...naver.Option) *NaverSource {
	t.Helper()
	base := []naver.Option{naver.WithRateLimit(rate.Inf, 1), naver.WithClock(r.clk.Now),
		naver.WithRetry(naver.RetryPolicy{MaxTries: 8, BaseDelay: time.Millisecond, MaxDelay: 5 * time.Millisecond})}
	opts = append(append(base, naver.WithTokenCache(StoreTokenCache{Store: st, ClientID: testNaverID})), opts...)
	src, err := NewNaver(NaverConfig{Client: naverClient(t, r.srv.URL+"/external", testNaverSecret, opts...)})
	require.NoError(t, err)
	return src
}

// naverClient is a Naver client of the test application on baseURL.
func naverClient(t testing.TB, baseURL, secret string, opts ...naver.Option) *naver.Client {
	t.Helper()
	c, err := naver.New(testNaverID, secret, append([]naver.Option{naver.WithBaseURL(baseURL)}, opts...)...)
	require.NoError(t, err)
	return c
}

// coupangClient is a Coupang client of the simulator's vendor on baseURL.
func coupangClient(t testing.TB, cfg coupangsim.Config, baseURL string, opts ...coupang.Option) *coupang.Client {
	t.Helper()
	c, err := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey, append([]coupang.Option{coupang.WithBaseURL(baseURL)}, opts...)...)
	require.NoError(t, err)
	return c
}

type coupangRig struct {
	sim *coupangsim.Server
	srv *httptest.Server
	cfg coupangsim.Config
}

func newCoupangRig(t testing.TB, edit func(*coupangsim.Config)) *coupangRig {
	t.Helper()
	cfg := coupangsim.DefaultConfig()
	cfg.RateLimit = -1
	cfg.ListDelay = 0
	cfg.Seed = 11
	if edit != nil {
		edit(&cfg)
	}
	sim, err := coupangsim.New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return &coupangRig{sim: sim, srv: srv, cfg: cfg}
}

func (r *coupangRig) source(t testing.TB, opts ...coupang.Option) *CoupangSource {
	t.Helper()
	base := []coupang.Option{coupang.WithRateLimit(rate.Inf, 1),
		coupang.WithRetry(retry.Policy{MaxTries: 9, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond})}
	src, err := NewCoupang(CoupangConfig{Client: coupangClient(t, r.cfg, r.srv.URL, append(base, opts...)...)})
	require.NoError(t, err)
	return src
}

func ceilDiv(a, b int) int { return int(math.Ceil(float64(a) / float64(b))) }

// storedKeys lists every stored shipment key of a market.
func storedKeys(t testing.TB, st *store.Store, m order.Marketplace) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for off := 0; ; off += store.MaxLimit {
		p, err := st.List(context.Background(), store.Filter{Markets: []order.Marketplace{m}, Offset: off, Limit: store.MaxLimit})
		require.NoError(t, err)
		for _, s := range p.Items {
			require.False(t, out[s.Key], "listed twice: %s", s.Key)
			out[s.Key] = true
		}
		if off+store.MaxLimit >= p.Total {
			return out
		}
	}
}

func storeFilterAll() store.Filter { return store.Filter{Limit: 1} }

func mustAtoi(t testing.TB, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	require.NoError(t, err)
	return n
}
