// Package syncer brings the orders of each marketplace into the store by itself: one background
// loop per marketplace, on an interval and on demand, with every batch of shipments and the sync
// cursor that moves past them committed in one store transaction. A crash at any point leaves a
// store that the next run completes with every shipment exactly once.
//
// A Source knows one marketplace's API (NaverSource, CoupangSource); the Engine runs a source
// once (Run) or forever (Loop), applies the pre-ship checks to every stored change, keeps the
// sync log and tells an Observer what happens.
package syncer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"sellerdesk/backend/hope"
	"sellerdesk/backend/order"
	"sellerdesk/backend/prints"
	"sellerdesk/backend/store"
)

// Source is one marketplace's way of syncing.
type Source interface {
	// Market is the marketplace this source syncs.
	Market() order.Marketplace
	// Sync makes one incremental pass, storing through run.Apply.
	Sync(ctx context.Context, run *Run) error
	// Calls is how many HTTP calls the source has made so far (token calls included).
	Calls() int64
}

// Reader is a Source that also reads given shipments back from its marketplace: the claim sweep
// before a write and the read-back after an unknown outcome (Engine.ReadBack).
type Reader interface {
	Source
	// ReadBack reads the shipments with these marketplace ids and maps them; a shipment that could
	// not be read has an error under its key instead. now bounds what is asked for.
	ReadBack(ctx context.Context, ids []string, now time.Time) ([]store.Record, map[string]error)
}

// CheckFunc is the body of the store's merge: it carries state over from the stored shipment and
// recomputes the findings (check.Apply).
type CheckFunc func(prev, next *order.Shipment, now time.Time)

// Config builds an Engine.
type Config struct {
	Store *store.Store
	// Check runs on every stored change inside the write transaction. Nil only carries nothing.
	Check CheckFunc
	// Observer hears about runs, progress, stored changes and new findings. Nil hears nothing.
	Observer Observer
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger
	// RunTimeout bounds one run of one marketplace (default DefaultRunTimeout).
	RunTimeout time.Duration
}

// Engine runs sources against the store. It is safe for concurrent use by one run per market.
type Engine struct {
	store *store.Store
	check CheckFunc
	obs   Observer
	now   func() time.Time
	log   *slog.Logger
	// runTimeout bounds one run (Config.RunTimeout).
	runTimeout time.Duration

	mu      sync.Mutex
	running map[order.Marketplace]bool
}

// New makes an engine.
func New(cfg Config) (*Engine, error) {
	if cfg.Store == nil {
		return nil, errors.New("syncer: no store")
	}
	e := &Engine{store: cfg.Store, check: cfg.Check, obs: cfg.Observer, now: cfg.Now, log: cfg.Logger,
		runTimeout: cfg.RunTimeout, running: map[order.Marketplace]bool{}}
	if e.runTimeout <= 0 {
		e.runTimeout = DefaultRunTimeout
	}
	if e.now == nil {
		e.now = time.Now
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	if e.obs == nil {
		e.obs = nopObserver{}
	}
	return e, nil
}

// errRunTimeout is the cause of a run's context when its bound passes (Config.RunTimeout).
var errRunTimeout = errors.New("syncer: the run took longer than its bound")

// ErrBusy says a run of that marketplace is already going on.
var ErrBusy = errors.New("syncer: a sync of this marketplace is already running")

// Result is the outcome of one run of one marketplace.
type Result struct {
	Market    order.Marketplace `json:"market"`
	Started   time.Time         `json:"started"`
	Finished  time.Time         `json:"finished"`
	Added     int               `json:"added"`
	Changed   int               `json:"changed"`
	Unchanged int               `json:"unchanged"`
	Findings  int               `json:"findings"`
	Calls     int               `json:"calls"`
	// Skipped counts shipments the marketplace sent that could not be read or stored
	// (undecodable, unknown status, an impossible value, missing from the detail answer). They
	// are in Warnings; the run stores the others and moves its cursor past them.
	Skipped int `json:"skipped"`
	// SetAside counts the skipped shipments the store kept aside (store.SetAsideRecords).
	SetAside int      `json:"setAside"`
	Warnings []string `json:"warnings,omitempty"`
	// Err is nil on success. ErrKorean explains a failure (or skipped shipments) to the seller.
	Err       error  `json:"-"`
	ErrText   string `json:"error,omitempty"`
	ErrKorean string `json:"errorKorean,omitempty"`
	// Stopped: the failure needs the seller (quota, IP, keys); automatic runs pause until the
	// seller acts or asks for a sync.
	Stopped bool `json:"stopped"`
	// RetryAfter is how long the marketplace asked to be left alone (Coupang 429).
	RetryAfter time.Duration `json:"retryAfter"`
}

// SkippedMessage tells the seller that n shipments of a run were passed over: the others are
// stored and the next runs go on.
func SkippedMessage(m order.Marketplace, n int) string {
	return fmt.Sprintf("%s 주문 %d건은 읽을 수 없거나 값이 올바르지 않아(예: 수량) 따로 두고, 나머지 주문은 저장했습니다. "+
		"로그 파일에 주문번호가 있습니다. 판매자센터에서 그 주문을 직접 확인하세요.", m.Label(), n)
}

// OK reports whether the run completed.
func (r Result) OK() bool { return r.Err == nil }

// Run is one run in progress; a Source stores through it.
type Run struct {
	e      *Engine
	market order.Marketplace
	src    Source
	res    *Result
	calls0 int64
	// Now is the run's start time: the upper bound of what it asks for.
	Now time.Time
	// readSince is the earliest the records of the next Apply can have been read, on the store's
	// clock (store.Store.Now, the clock of UpdatedAt): the run's start, then the end of its last
	// Apply (a source reads a page, stores it, reads the next).
	readSince time.Time
}

// Market is the marketplace of the run.
func (r *Run) Market() order.Marketplace { return r.market }

// Store is the engine's store (for reading cursors and stored shipments).
func (r *Run) Store() *store.Store { return r.e.store }

// Logger is the engine's logger.
func (r *Run) Logger() *slog.Logger { return r.e.log }

// Warn records a shipment the run had to skip.
func (r *Run) Warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	r.res.Skipped++
	if len(r.res.Warnings) < 20 {
		r.res.Warnings = append(r.res.Warnings, msg)
	}
	r.e.log.Warn("sync skipped a shipment", "market", r.market, "detail", msg)
}

// Progress tells the observer how far the run is.
func (r *Run) Progress(phase string, fetched int) {
	r.e.obs.SyncProgress(Progress{Market: r.market, Phase: phase, Fetched: fetched,
		Added: r.res.Added, Changed: r.res.Changed, Calls: int(r.src.Calls() - r.calls0)})
}

// Apply stores records and the cursors that move past them in one transaction, running the
// checks on every record. Observers hear about the change after the commit.
//
// A stored shipment that changed after the records could have been read (a write the seller
// made meanwhile: 판매 취소, 발송처리 — stored by fulfil's Mark while this page was on its way) is
// not overwritten by the older record, which would put a cancelled box back among the boxes to
// ship until the next run: it is kept, and read again singly from the marketplace (readAgain).
func (r *Run) Apply(ctx context.Context, records []store.Record, cursors ...store.Cursor) error {
	if len(records) == 0 && len(cursors) == 0 {
		return nil
	}
	since := r.readSince
	var fresh []NewFinding
	var stale []string
	inBatch := map[string]bool{} // a key again in the batch sees its earlier record as the stored one
	res, err := r.e.apply(ctx, store.Batch{Records: records, Cursors: cursors}, func(prev, next *order.Shipment) {
		first := !inBatch[next.Key()]
		inBatch[next.Key()] = true
		if first && prev != nil && prev.UpdatedAt.After(since) {
			stale = append(stale, next.ID)
			*next = *prev
		}
	}, func(prev, next *order.Shipment) {
		fresh = append(fresh, newFindings(prev, next)...)
	})
	r.readSince = r.e.store.Now()
	if err != nil {
		return fmt.Errorf("syncer: store %d shipments: %w", len(records), err)
	}
	if len(res.SetAside) > 0 {
		aside := map[string]bool{}
		for _, e := range res.SetAside {
			aside[e.Key] = true
			r.res.SetAside++
			r.Warn("%s set aside, not stored: %s", e.Key, e.Reason)
		}
		kept := fresh[:0]
		for _, f := range fresh {
			if !aside[f.ShipmentKey] {
				kept = append(kept, f)
			}
		}
		fresh = kept
	}
	r.res.Added += len(res.Added)
	r.res.Changed += len(res.Changed)
	r.res.Unchanged += len(res.Unchanged)
	r.res.Findings += len(fresh)
	if len(res.Added)+len(res.Changed) > 0 {
		r.e.obs.ShipmentsChanged(r.market, res.Added, res.Changed)
	}
	if len(fresh) > 0 {
		r.e.obs.FindingsAdded(fresh)
	}
	if len(stale) > 0 {
		r.readAgain(ctx, stale)
	}
	return nil
}

// readAgain reads singly the shipments (marketplace ids) a page was older than, and stores them
// through the checked path; one that cannot be read now is kept as stored and reported (Warn).
func (r *Run) readAgain(ctx context.Context, ids []string) {
	reader, ok := r.src.(Reader)
	if !ok {
		return
	}
	got, failed := r.e.ReadBack(ctx, reader, ids)
	r.readSince = r.e.store.Now()
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	if len(keys) > 0 {
		slices.Sort(keys)
		r.e.obs.ShipmentsChanged(r.market, nil, keys)
	}
	for k, err := range failed {
		r.Warn("%s changed while its page was read and could not be read again (kept as stored): %v", k, err)
	}
}

// apply is the engine's one write path: it stores b in one transaction, reading the print
// records inside that transaction (so no print is recorded between what the batch is compared
// with and what it writes), and merges every record: before (when set), then what the
// marketplace's record does not say is carried over (a Coupang box keeps its claim), the
// pre-ship checks, the printed-then-changed check and the hope-delivery check (hope.Apply) run,
// then after (when set).
func (e *Engine) apply(ctx context.Context, b store.Batch, before, after func(prev, next *order.Shipment)) (store.ApplyResult, error) {
	now := e.now()
	var book prints.Book
	b.Before = func(tx store.SettingsTx) (err error) {
		book, err = prints.Load(tx)
		return err
	}
	return e.store.Apply(ctx, b, func(prev, next *order.Shipment) {
		if before != nil {
			before(prev, next)
		}
		if prev != nil && next.Claim == nil && prev.Claim != nil && keepsClaim(next.Marketplace) {
			c := *prev.Claim
			next.Claim = &c
		}
		if prev != nil && keepsClaim(next.Marketplace) {
			keepRedelivery(prev.Claim, next.Claim)
		}
		if e.check != nil {
			e.check(prev, next, now)
		}
		book.Apply(next, now)
		hope.Apply(prev, next, now)
		if after != nil {
			after(prev, next)
		}
	})
}

// Apply stores a batch the way a run does (the checks, the print records, the claims kept),
// without telling the observer: the checked write path for the app's own batches and tests.
func (e *Engine) Apply(ctx context.Context, b store.Batch) (store.ApplyResult, error) {
	return e.apply(ctx, b, nil, nil)
}

// ReadBack reads shipments (marketplace ids) back from src's marketplace and stores them through
// the sync's checked path (the same write path and merge as a run: the pre-ship checks and the
// printed-then-changed check run). It returns the stored shipments by key; a shipment that could
// not be read or stored has an error under its key instead. A tracking number the seller typed
// in or imported and not sent yet stays when the marketplace has none.
func (e *Engine) ReadBack(ctx context.Context, src Reader, ids []string) (map[string]order.Shipment, map[string]error) {
	got := map[string]order.Shipment{}
	records, failed := src.ReadBack(ctx, ids, e.now())
	if failed == nil {
		failed = map[string]error{}
	}
	if len(records) == 0 {
		return got, failed
	}
	keepNumber := func(prev, next *order.Shipment) {
		if prev != nil && next.TrackingNumber == "" && prev.TrackingNumber != "" {
			next.Courier, next.TrackingNumber = prev.Courier, prev.TrackingNumber
		}
	}
	if _, err := e.apply(ctx, store.Batch{Records: records}, keepNumber, nil); err != nil {
		for _, r := range records {
			failed[r.Shipment.Key()] = fmt.Errorf("syncer: store read-back: %w", err)
		}
		return got, failed
	}
	for _, r := range records {
		key := r.Shipment.Key()
		s, err := e.store.Shipment(ctx, key)
		if err != nil {
			failed[key] = fmt.Errorf("syncer: reload %s: %w", key, err)
			continue
		}
		got[key] = s
	}
	return got, failed
}

// keepRedelivery carries the re-delivery parcel of an exchange (the invoice the seller sent) over to
// the same claim read again without one, so a list that does not show it yet does not lose it.
func keepRedelivery(prev, next *order.Claim) {
	if prev == nil || next == nil || prev.ID == "" || prev.ID != next.ID || prev.Type != next.Type ||
		prev.RedeliveryNumber == "" || next.RedeliveryNumber != "" {
		return
	}
	next.RedeliveryCourier, next.RedeliveryNumber = prev.RedeliveryCourier, prev.RedeliveryNumber
	if len(next.RedeliveryInvoices) == 0 {
		next.RedeliveryInvoices = prev.RedeliveryInvoices
	}
}

// keepsClaim: Coupang's order sheets carry no claim (claims come from the return request list),
// so a stored claim stays until a receipt changes it; Naver's details always say the claim.
func keepsClaim(m order.Marketplace) bool { return m == order.Coupang }

// newFindings lists next's open findings that prev did not have.
func newFindings(prev, next *order.Shipment) []NewFinding {
	had := map[string]bool{}
	if prev != nil {
		for i := range prev.Findings {
			had[prev.Findings[i].ID()] = true
		}
	}
	var out []NewFinding
	for i := range next.Findings {
		f := &next.Findings[i]
		if !f.Open() || had[f.ID()] {
			continue
		}
		out = append(out, NewFinding{ShipmentKey: next.Key(), Code: f.Code, Severity: f.Severity, Message: f.Message})
	}
	return out
}

// Run makes one run of src: it tells the observer, runs the source, and appends the sync log.
// Only one run per marketplace goes at a time (ErrBusy).
func (e *Engine) Run(ctx context.Context, src Source) Result {
	m := src.Market()
	e.mu.Lock()
	if e.running[m] {
		e.mu.Unlock()
		return Result{Market: m, Err: ErrBusy, ErrText: ErrBusy.Error(),
			ErrKorean: m.Label() + " 동기화가 이미 진행 중입니다."}
	}
	e.running[m] = true
	e.mu.Unlock()
	defer func() {
		e.mu.Lock()
		delete(e.running, m)
		e.mu.Unlock()
	}()

	res := Result{Market: m, Started: e.now()}
	run := &Run{e: e, market: m, src: src, res: &res, calls0: src.Calls(), Now: res.Started, readSince: e.store.Now()}
	e.obs.SyncStarted(m)
	e.log.Info("sync started", "market", m)
	// The run's bound: a stalled API or a list that never ends stops here, with what it stored kept.
	rctx, cancel := context.WithTimeoutCause(ctx, e.runTimeout, errRunTimeout)
	err := src.Sync(rctx, run)
	if err != nil && ctx.Err() == nil && errors.Is(context.Cause(rctx), errRunTimeout) {
		err = &DeadlineError{Market: m, After: e.runTimeout, Err: err}
	}
	cancel()
	res.Finished = e.now()
	res.Calls = int(src.Calls() - run.calls0)
	if err != nil {
		res.Err = err
		res.ErrText = err.Error()
		res.ErrKorean = SellerMessage(m, err)
		res.Stopped = Stops(err)
		res.RetryAfter = RetryAfter(err)
	} else if res.Skipped > 0 {
		res.ErrKorean = SkippedMessage(m, res.Skipped)
	}
	logRun := store.SyncRun{Market: m, Started: res.Started, Finished: res.Finished, Added: res.Added,
		Changed: res.Changed, Calls: res.Calls, Err: res.ErrText, ErrKorean: res.ErrKorean}
	if res.ErrText == "" && res.Skipped > 0 {
		logRun.Err = fmt.Sprintf("%d shipments skipped: %v", res.Skipped, res.Warnings)
	}
	// The sync log is written even when the run was cancelled: the seller should see it stopped.
	lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	if lerr := e.store.AppendSyncRun(lctx, logRun); lerr != nil {
		e.log.Error("sync log not written", "market", m, "err", lerr)
	}
	cancel()
	if err != nil {
		e.log.Warn("sync failed", "market", m, "err", err, "calls", res.Calls, "added", res.Added, "changed", res.Changed)
	} else {
		e.log.Info("sync finished", "market", m, "calls", res.Calls, "added", res.Added, "changed", res.Changed,
			"skipped", res.Skipped, "took", res.Finished.Sub(res.Started))
	}
	e.obs.SyncFinished(res)
	return res
}

// LoopOptions schedule a Loop.
type LoopOptions struct {
	// Interval is the pause between runs (read before each pause, so a settings change applies).
	Interval func() time.Duration
	// Trigger starts a run now ("sync now"); it also resumes a loop paused by a stopping error.
	Trigger <-chan struct{}
}

// Loop runs src now and then every interval until ctx ends. After an error that needs the
// seller (Stops) it waits for a trigger; after a rate-limit it waits at least as long as asked.
func (e *Engine) Loop(ctx context.Context, src Source, opts LoopOptions) {
	for {
		res := e.Run(ctx, src)
		if ctx.Err() != nil {
			return
		}
		wait := time.Duration(0)
		if opts.Interval != nil {
			wait = opts.Interval()
		}
		if wait <= 0 {
			wait = 5 * time.Minute
		}
		if res.RetryAfter > wait {
			wait = res.RetryAfter
		}
		var t *time.Timer
		var timer <-chan time.Time
		if !res.Stopped {
			t = time.NewTimer(wait)
			timer = t.C
		} else {
			e.log.Warn("automatic sync paused until the seller acts", "market", src.Market())
		}
		select {
		case <-ctx.Done():
		case <-opts.Trigger:
		case <-timer:
		}
		if t != nil {
			t.Stop()
		}
		if ctx.Err() != nil {
			return
		}
	}
}
