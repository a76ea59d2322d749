package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/syncer"
)

// syncLoops are the running background loops, one per configured marketplace.
type syncLoops struct {
	mu       sync.Mutex
	started  bool
	parent   context.Context
	markets  []order.Marketplace
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	triggers map[order.Marketplace]chan struct{}
	interval atomic.Int64 // time.Duration; read by the loops without the lock
	// once runs "sync now" for a marketplace whose loop is not running (a door without loops).
	once sync.WaitGroup
}

// StartSync starts the background sync of the named marketplaces (every one when none is named)
// that have keys; it runs until ctx ends, StopSync or Close. Changing the settings restarts it
// with the new keys and interval.
func (a *App) StartSync(ctx context.Context, markets ...order.Marketplace) error {
	l := &a.loops
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.started {
		return nil
	}
	if len(markets) == 0 {
		markets = order.AllMarketplaces()
	}
	l.started, l.parent, l.markets = true, ctx, markets
	return a.startLoopsLocked()
}

func (a *App) startLoopsLocked() error {
	l := &a.loops
	s, err := a.syncSettings(l.parent)
	if err != nil {
		return err
	}
	l.interval.Store(int64(time.Duration(max(s.SyncIntervalMinutes, MinSyncInterval)) * time.Minute))
	ctx, cancel := context.WithCancel(l.parent)
	l.cancel = cancel
	l.triggers = map[order.Marketplace]chan struct{}{}
	var errs []error
	for _, m := range l.markets {
		src, ok, err := a.source(m, s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !ok {
			a.log.Info("sync not started: no keys", "market", m)
			continue
		}
		trig := make(chan struct{}, 1)
		l.triggers[m] = trig
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			a.engine.Loop(ctx, src, syncer.LoopOptions{Interval: a.syncInterval, Trigger: trig})
		}()
	}
	return errors.Join(errs...)
}

func (a *App) syncInterval() time.Duration { return time.Duration(a.loops.interval.Load()) }

// StopSync stops the background sync and waits for the running runs to end.
func (a *App) StopSync() {
	l := &a.loops
	l.mu.Lock()
	defer l.mu.Unlock()
	a.stopLoopsLocked()
	l.started = false
}

func (a *App) stopLoopsLocked() {
	l := &a.loops
	if l.cancel != nil {
		l.cancel()
		l.cancel = nil
	}
	l.wg.Wait()
	l.triggers = nil
}

// restartSync applies new settings to a running background sync.
func (a *App) restartSync() {
	l := &a.loops
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.started {
		return
	}
	a.stopLoopsLocked()
	if err := a.startLoopsLocked(); err != nil {
		a.log.Error("sync restart", "err", err)
	}
}

// MarketRun is one marketplace's part of SyncOnce.
type MarketRun struct {
	Market order.Marketplace
	// Configured is false when the marketplace has no keys (it was skipped).
	Configured bool
	Result     syncer.Result
}

// SyncOnce runs one sync of the named marketplaces (all when none is named) side by side and
// waits for them. A marketplace without keys is reported with Configured false.
func (a *App) SyncOnce(ctx context.Context, markets ...order.Marketplace) ([]MarketRun, error) {
	s, err := a.syncSettings(ctx)
	if err != nil {
		return nil, err
	}
	if len(markets) == 0 {
		markets = order.AllMarketplaces()
	}
	out := make([]MarketRun, len(markets))
	var wg sync.WaitGroup
	for i, m := range markets {
		src, ok, err := a.source(m, s)
		out[i] = MarketRun{Market: m, Configured: ok}
		if err != nil {
			out[i].Result = syncer.Result{Market: m, Err: err, ErrText: err.Error(), ErrKorean: SellerMessage(err)}
			continue
		}
		if !ok {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i].Result = a.engine.Run(ctx, src)
		}()
	}
	wg.Wait()
	return out, nil
}

// SyncNow starts a sync of one marketplace now ("지금 동기화"). It returns at once; the progress
// and the result arrive as events.
func (d *Setup) SyncNow(market string) error {
	m, err := order.ParseMarketplace(market)
	if err != nil {
		return userErr("알 수 없는 마켓입니다: "+market, err)
	}
	a := d.app
	s, err := a.syncSettings(a.baseCtx)
	if err != nil {
		return d.fail("설정을 읽지 못했습니다.", err)
	}
	if !s.configured(m) {
		return userErr(m.Label()+" API 키가 없습니다. 설정에서 먼저 키를 입력하세요.", fmt.Errorf("sync now: %s not configured", m))
	}
	l := &a.loops
	l.mu.Lock()
	defer l.mu.Unlock()
	if trig, ok := l.triggers[m]; ok {
		select {
		case trig <- struct{}{}:
		default: // a run is already asked for
		}
		return nil
	}
	src, _, err := a.source(m, s)
	if err != nil {
		return err
	}
	ctx := a.baseCtx
	l.once.Add(1)
	go func() {
		defer l.once.Done()
		a.engine.Run(ctx, src)
	}()
	return nil
}

// syncObserver turns the engine's news into UI events, and hands the added shipments to
// auto-acknowledge (app may be nil).
type syncObserver struct {
	events *Events
	app    *App
}

// ResultView is a finished run as the UI and the headless door show it.
type ResultView struct {
	Market    order.Marketplace `json:"market"`
	Label     string            `json:"label"`
	OK        bool              `json:"ok"`
	Added     int               `json:"added"`
	Changed   int               `json:"changed"`
	Findings  int               `json:"findings"`
	Skipped   int               `json:"skipped"`
	Calls     int               `json:"calls"`
	Duration  string            `json:"duration"`
	Error     string            `json:"error,omitempty"` // Korean
	Stopped   bool              `json:"stopped"`
	RetryInMs int64             `json:"retryInMs,omitempty"`
}

// ViewOf shapes a run result for the UI.
func ViewOf(r syncer.Result) ResultView {
	return ResultView{Market: r.Market, Label: r.Market.Label(), OK: r.OK(), Added: r.Added, Changed: r.Changed,
		Findings: r.Findings, Skipped: r.Skipped, Calls: r.Calls,
		Duration: r.Finished.Sub(r.Started).Round(10 * time.Millisecond).String(),
		Error:    r.ErrKorean, Stopped: r.Stopped, RetryInMs: r.RetryAfter.Milliseconds()}
}

// maxEventKeys bounds the keys carried by one event; the UI re-reads the store anyway.
const maxEventKeys = 200

func (o syncObserver) SyncStarted(m order.Marketplace) {
	o.events.Emit(EventSyncStarted, map[string]any{"market": m, "label": m.Label()})
}

func (o syncObserver) SyncProgress(p syncer.Progress) { o.events.Emit(EventSyncProgress, p) }

func (o syncObserver) SyncFinished(r syncer.Result) {
	o.events.Emit(EventSyncFinished, ViewOf(r))
	o.app.autoAcknowledge(r.Market)
	o.app.digital.AfterSync(r.Market)
	o.app.maybeRetention(false)
}

func (o syncObserver) ShipmentsChanged(m order.Marketplace, added, changed []string) {
	o.events.Emit(EventShipmentsChanged, map[string]any{"market": m, "added": len(added), "changed": len(changed),
		"keys": firstKeys(added, changed)})
	o.app.noteAdded(m, added)
	o.app.digital.Note(m, added, changed) // the digital run at the end of the sync run
}

func (o syncObserver) FindingsAdded(f []syncer.NewFinding) {
	o.events.Emit(EventFindingsAdded, map[string]any{"count": len(f), "findings": f[:min(len(f), maxEventKeys)]})
}

func firstKeys(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, k := range l {
			if len(out) == maxEventKeys {
				return out
			}
			out = append(out, k)
		}
	}
	return out
}

// ConfiguredMarkets tells which marketplaces have keys (saved, or from the environment).
func (a *App) ConfiguredMarkets(ctx context.Context) (map[order.Marketplace]bool, error) {
	s, err := a.syncSettings(ctx)
	if err != nil {
		return nil, err
	}
	out := map[order.Marketplace]bool{}
	for _, m := range order.AllMarketplaces() {
		out[m] = s.configured(m)
	}
	return out, nil
}
