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
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/syncer"
)

const (
	simNaverID     = "U8JZpDE0iGXlD6gNCFbaEP"
	simNaverSecret = "$2a$04$A.m5cKAa1oXZfFITnYi7k."
)

type simRig struct {
	naver      *naversim.Sim
	coupang    *coupangsim.Server
	naverURL   string
	coupangURL string
	coupangCfg coupangsim.Config
}

func newSimRig(t *testing.T) *simRig {
	t.Helper()
	ns := naversim.New(naversim.Config{ClientID: simNaverID, ClientSecret: simNaverSecret, Seed: 3, NoRateLimit: true})
	nsrv := httptest.NewServer(ns)
	t.Cleanup(nsrv.Close)
	cfg := coupangsim.DefaultConfig()
	cfg.RateLimit, cfg.ListDelay, cfg.InitialOrders, cfg.Seed = -1, 0, 0, 4
	cs, err := coupangsim.New(cfg)
	require.NoError(t, err)
	csrv := httptest.NewServer(cs)
	t.Cleanup(csrv.Close)
	return &simRig{naver: ns, coupang: cs, naverURL: nsrv.URL + "/external", coupangURL: csrv.URL, coupangCfg: cfg}
}

func (r *simRig) app(t *testing.T, env map[string]string) *App {
	t.Helper()
	a, err := New(context.Background(), Config{DataDir: filepath.Join(t.TempDir(), "data"), LockTimeout: 200 * time.Millisecond,
		Env:            func(k string) string { return env[k] },
		NaverOptions:   []naver.Option{naver.WithRateLimit(rate.Inf, 1)},
		CoupangOptions: []coupang.Option{coupang.WithRateLimit(rate.Inf, 1)},
	})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	return a
}

func (r *simRig) settings() Settings {
	return Settings{
		Naver:               NaverKeys{ClientID: simNaverID, ClientSecret: simNaverSecret, BaseURL: r.naverURL},
		Coupang:             CoupangKeys{VendorID: r.coupangCfg.VendorID, AccessKey: r.coupangCfg.AccessKey, SecretKey: r.coupangCfg.SecretKey, BaseURL: r.coupangURL},
		SyncIntervalMinutes: 60,
	}
}

// waitFor reads events until name arrives for market, or fails after a while.
func waitFor(t *testing.T, events <-chan Event, name string, market order.Marketplace) Event {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case ev, ok := <-events:
			require.True(t, ok, "events closed")
			if ev.Name != name {
				continue
			}
			if v, ok := ev.Data.(ResultView); ok && market != "" && v.Market != market {
				continue
			}
			return ev
		case <-deadline:
			t.Fatalf("no %s event for %s", name, market)
		}
	}
}

func TestBackgroundSyncAndSyncNow(t *testing.T) {
	rig := newSimRig(t)
	rig.naver.AddOrders(12)
	rig.coupang.AddOrders(7)
	a := rig.app(t, nil)
	require.NoError(t, a.PutSettings(context.Background(), rig.settings()))
	events, cancel := a.Events().Subscribe()
	defer cancel()
	require.NoError(t, a.StartSync(context.Background()))

	done := map[order.Marketplace]ResultView{}
	for len(done) < 2 {
		ev := waitFor(t, events, EventSyncFinished, "")
		v := ev.Data.(ResultView)
		done[v.Market] = v
		assert.True(t, v.OK, v.Error)
	}
	page, err := a.Store().List(context.Background(), storeFilterAll())
	require.NoError(t, err)
	assert.Equal(t, 19, page.Total)

	// sync now: new orders arrive without waiting for the hour
	rig.coupang.AddOrders(2)
	require.NoError(t, uiOf(a).SyncNow("쿠팡"))
	ev := waitFor(t, events, EventSyncFinished, order.Coupang)
	assert.Equal(t, 2, ev.Data.(ResultView).Added)

	runs, err := uiOf(a).SyncLog("coupang")
	require.NoError(t, err)
	assert.Len(t, runs, 2)
	assert.Contains(t, boundMethods(a), "Setup.SyncNow")
}

func TestOneMarketFailingDoesNotStopTheOther(t *testing.T) {
	rig := newSimRig(t)
	rig.naver.AddOrders(5)
	rig.coupang.AddOrders(3)
	rig.naver.SetIPAllowed(false)
	a := rig.app(t, nil)
	require.NoError(t, a.PutSettings(context.Background(), rig.settings()))
	runs, err := a.SyncOnce(context.Background())
	require.NoError(t, err)
	require.Len(t, runs, 2)
	byMarket := map[order.Marketplace]syncer.Result{}
	for _, r := range runs {
		assert.True(t, r.Configured)
		byMarket[r.Market] = r.Result
	}
	assert.False(t, byMarket[order.Naver].OK())
	assert.True(t, byMarket[order.Naver].Stopped)
	assert.Contains(t, byMarket[order.Naver].ErrKorean, "IP")
	assert.True(t, byMarket[order.Coupang].OK())
	assert.Equal(t, 3, byMarket[order.Coupang].Added)
}

func TestEnvOverridesAndMissingKeys(t *testing.T) {
	rig := newSimRig(t)
	rig.coupang.AddOrders(2)
	env := map[string]string{
		EnvCoupangVendorID: rig.coupangCfg.VendorID, EnvCoupangAccessKey: rig.coupangCfg.AccessKey,
		EnvCoupangSecretKey: rig.coupangCfg.SecretKey, EnvCoupangBaseURL: rig.coupangURL,
	}
	a := rig.app(t, env)
	runs, err := a.SyncOnce(context.Background())
	require.NoError(t, err)
	require.Len(t, runs, 2)
	assert.False(t, runs[0].Configured, "naver has no keys")
	assert.True(t, runs[1].Configured)
	assert.Equal(t, 2, runs[1].Result.Added)
	assert.Error(t, uiOf(a).SyncNow("naver"))
}

func storeFilterAll() store.Filter { return store.Filter{Limit: 1} }

func TestSyncRunsTheChecksAndIdleRunsChangeNothing(t *testing.T) {
	ctx := context.Background()
	rig := newSimRig(t)
	rig.naver.AddOrders(20)
	rig.coupang.AddOrders(10)
	bundle, err := rig.coupang.AddOrderOf(85872453655, 1) // the 5-pack cashew bundle
	require.NoError(t, err)
	a := rig.app(t, nil)
	require.NoError(t, a.PutSettings(ctx, rig.settings()))
	events, cancel := a.Events().Subscribe()
	defer cancel()

	runs, err := a.SyncOnce(ctx)
	require.NoError(t, err)
	for _, r := range runs {
		require.NoError(t, r.Result.Err)
	}
	s, err := a.Store().Shipment(ctx, order.ShipmentKey(order.Coupang, strconv.FormatInt(bundle, 10)))
	require.NoError(t, err)
	codes := map[order.FindingCode]bool{}
	for _, f := range s.Findings {
		codes[f.Code] = true
	}
	assert.True(t, codes[order.BundleMultiplier], "the checks ran on the stored change: %+v", s.Findings)
	assert.False(t, s.FirstSeenAt.IsZero())
	sawFindings := false
	for len(events) > 0 {
		if ev := <-events; ev.Name == EventFindingsAdded {
			sawFindings = true
		}
	}
	assert.True(t, sawFindings, "findings:added emitted")

	runs, err = a.SyncOnce(ctx)
	require.NoError(t, err)
	for _, r := range runs {
		require.NoError(t, r.Result.Err)
		assert.Zero(t, r.Result.Added+r.Result.Changed, "%s: an idle sync changes nothing", r.Market)
		assert.Zero(t, r.Result.Findings)
	}
}

func TestSyncedChangeAfterPrintBlocks(t *testing.T) {
	ctx := context.Background()
	rig := newSimRig(t)
	boxes := rig.coupang.AddOrders(3)
	a := rig.app(t, nil)
	require.NoError(t, a.PutSettings(ctx, rig.settings()))
	_, err := a.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	key := order.ShipmentKey(order.Coupang, strconv.FormatInt(boxes[0], 10))
	s, err := a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	require.False(t, s.Blocked(), "a fresh box prints: %+v", s.Findings)

	_, err = a.PrintList(ctx, PrintRequest{Kind: "shipping", Keys: []string{key}, Format: "csv", Record: true, By: "test"})
	require.NoError(t, err)

	// The buyer moves house after the shipping list was printed; the next sync must stop the box.
	require.NoError(t, rig.coupang.ChangeReceiver(boxes[0], coupangsim.Receiver{
		Name: "박서준", SafeNumber: "0502-1111-2222", Addr1: "부산광역시 해운대구 해운대로 1", Addr2: "101동 1001호", PostCode: "48094"}))
	_, err = a.SyncOnce(ctx, order.Coupang)
	require.NoError(t, err)
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	var codes []order.FindingCode
	for _, f := range s.Findings {
		codes = append(codes, f.Code)
	}
	assert.Contains(t, codes, order.ChangedAfterPrint, "the synced change names the list to reprint")
	assert.Contains(t, codes, order.AddressChanged)
	assert.True(t, s.Blocked())
}
