// Package fulfil is SellerDesk's one write pipeline to the marketplaces. Every write the seller
// sends — 발주확인 (Acknowledge), 발송처리 (Dispatch), and the ones to come — goes the same way:
//
//  1. the selection is cleaned and bounded (MaxSelection), and writes are serialised;
//  2. each stored shipment is checked by the write's rules (status gating, Write.Check) and the
//     batch as a whole (Write.Prepare: a tracking number on two boxes);
//  3. right before sending, a write that asks for it (Write.Sweep) reads every shipment back from
//     its marketplace through the sync's checked path, so a claim that arrived since the last
//     sync holds the box (the claim sweep), and checks it again (Write.Recheck);
//  4. the shipments go per marketplace to that marketplace's Writer, which sends them in the
//     batches the API allows and answers per shipment (Answer);
//  5. an applied write is stored with its audit entry in one transaction (Write.Mark); a refusal
//     because of the shipment's state is read back (it may have been done already); an answer
//     that was lost is read back and never sent again (ok, failed or 확인 필요);
//  6. every shipment gets a result (ok, failed, unknown, skipped, pending) with a Korean message,
//     the failures are audited, and the UI hears which shipments changed.
//
// A Write holds the rules that are the same on every marketplace; a Writer is one write on one
// marketplace, a small adapter of a client call (see acknowledge.go and dispatch.go).
package fulfil

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/market"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Result is the outcome of one shipment in a write.
type Result string

const (
	// OK: the marketplace applied the change (said so, or showed it when read back).
	OK Result = "ok"
	// Failed: the marketplace refused it, or it was not sent; the message says why.
	Failed Result = "failed"
	// Unknown: the answer was lost and reading the shipment back did not tell (확인 필요). Never
	// sent again by SellerDesk: the seller checks the seller centre first.
	Unknown Result = "unknown"
	// Skipped: SellerDesk did not send it (wrong status, held, already done).
	Skipped Result = "skipped"
	// Pending: not yet. The marketplace refused it only because an earlier write has not applied
	// yet (Coupang's 상품준비중 can take up to 30 minutes); what the seller entered stays stored
	// and the same write may be sent again later. Not a failure.
	Pending Result = "pending"
)

// Item is the result of one shipment in a write, as the screen and the doors show it.
type Item struct {
	Key         string            `json:"key"`
	Market      order.Marketplace `json:"market"`
	MarketLabel string            `json:"marketLabel"`
	ID          string            `json:"id"`
	// Result is ok, failed, unknown, skipped or pending.
	Result Result `json:"result"`
	// Message is the Korean explanation (the marketplace's reason, or why it was skipped).
	Message string `json:"message"`
	// Code is the marketplace's own result code, when it gave one (e.g. 104119, DUPLICATE_INVOICE_NUMBER).
	Code string `json:"code,omitempty"`
	// Status is the stored status after the write.
	Status         order.Status `json:"status,omitempty"`
	Courier        string       `json:"courier,omitempty"`
	TrackingNumber string       `json:"trackingNumber,omitempty"`
	// ReadBack: the answer was lost and the outcome comes from reading the shipment back.
	ReadBack bool `json:"readBack,omitempty"`
}

// Counts sums a write's items by result.
type Counts struct {
	OK      int `json:"ok"`
	Failed  int `json:"failed"`
	Unknown int `json:"unknown"`
	Skipped int `json:"skipped"`
	Pending int `json:"pending"`
}

// Outcome is the result of a write: each shipment's item in the order of the selection, the
// counts, and one Korean sentence for the result bar.
type Outcome struct {
	Items   []Item `json:"items"`
	Counts  Counts `json:"counts"`
	Summary string `json:"summary"`
}

// MaxSelection bounds the shipments of one write from the board.
const MaxSelection = 1000

// Parcel is what a write sends with a shipment besides its id: the courier and tracking number of
// a dispatch (or an invoice fix), the delivery method of a dispatch without a parcel.
type Parcel struct {
	// Courier is the courier's name in the courier table; Code is the marketplace's code for it.
	Courier string
	Code    string
	Number  string
	// Method is the delivery method ("": a parcel by courier; "NOTHING": 배송없음).
	Method string
}

// Job is one shipment on its way through a write.
type Job struct {
	// Item is what the seller will read about it.
	Item *Item
	// Shipment is the stored shipment; after the claim sweep, the marketplace's current one.
	Shipment order.Shipment
	// Parcel is what the write sends with it (Write.Check fills it).
	Parcel Parcel
	// Answer is what the marketplace said about it (the Writer sets it).
	Answer Answer
}

// Said is the kind of a marketplace's answer about one shipment.
type Said int

const (
	// NoAnswer: the shipment is not in the answer, or the answer was lost: it is read back.
	NoAnswer Said = iota
	// Applied: the marketplace applied the write.
	Applied
	// Refused: the marketplace refused it (Answer.Code, Answer.Reason).
	Refused
	// NotYet: refused only until an earlier write applies (Result Pending).
	NotYet
	// NotSent: it was never sent (an earlier batch failed first).
	NotSent
)

// Answer is a marketplace's answer about one shipment of a write.
type Answer struct {
	Said Said
	// Code is the marketplace's own result code; Reason says in Korean why it was refused or not
	// sent ("" for NotSent: the pipeline explains the batch's error).
	Code   string
	Reason string
	// Recheck: refused because of the shipment's state. It is read back and stored (the board then
	// shows the claim or cancel), and reported done when it turns out done already.
	Recheck bool
	// Status and MarketStatus are what an applied write moves the shipment to ("" keeps the stored).
	Status       order.Status
	MarketStatus string
	// AddressChanged: the marketplace says the receiver changed (Naver's 발주확인 answer); the
	// shipment gets the event and the checks run again.
	AddressChanged bool
	// Note replaces the ok message (e.g. Coupang takes up to 30 minutes to show 상품준비중);
	// Detail replaces the audit entry's detail.
	Note, Detail string
}

// Verdict is a decision about a shipment before it is sent: Skipped or Failed, and why.
type Verdict struct {
	Result  Result
	Message string
}

// Skip says a shipment is not sent, and why (not an error: wrong status, held, done already).
func Skip(format string, args ...any) *Verdict {
	return &Verdict{Result: Skipped, Message: fmt.Sprintf(format, args...)}
}

// Fail says a shipment cannot be sent, and why.
func Fail(format string, args ...any) *Verdict {
	return &Verdict{Result: Failed, Message: fmt.Sprintf(format, args...)}
}

// MarkEnv is what Write.Mark may use: the time of the write and the pre-ship checks.
type MarkEnv struct {
	Now   time.Time
	Check func(prev, next *order.Shipment, now time.Time)
}

// Write is one kind of marketplace write: the rules that are the same on every marketplace.
type Write interface {
	// Action names the write in the audit log ("acknowledge"); failures are audited as
	// Action()+"-"+result.
	Action() string
	// Verb is the write in the seller's words ("발주확인"): "3건 발주확인했습니다", "발주확인되었습니다".
	Verb() string
	// Check decides from the stored shipment whether it may be sent: nil to go on (it may fill
	// j.Parcel), or the verdict.
	Check(j *Job) *Verdict
	// Prepare runs once over the checked jobs before anything is sent; it may settle some of them
	// (Job.Settle).
	Prepare(ctx context.Context, st *store.Store, jobs []*Job) error
	// Sweep reports whether every shipment is read back right before sending (the claim sweep);
	// Recheck then decides on the marketplace's current shipment.
	Sweep() bool
	Recheck(j *Job) *Verdict
	// Applied tells from a shipment read back whether the write is on it; conflict says in Korean
	// that something else is (확인 필요), "" otherwise.
	Applied(j *Job, s *order.Shipment) (applied bool, conflict string)
	// Mark writes an applied write onto the stored shipment (inside the store transaction that
	// also appends the audit entry); Detail is that entry's text.
	Mark(j *Job, s *order.Shipment, env MarkEnv)
	Detail(j *Job) string
	// Writer is the write on marketplace m, nil when m has no such write.
	Writer(m order.Marketplace, mk Market) Writer
}

// Writer sends one write to one marketplace.
type Writer interface {
	// Send sends the batch's jobs in the chunks the API allows and sets each job's Answer. The
	// error, if any, is the batch's (logged; NotSent answers are explained with it).
	Send(ctx context.Context, b *Batch) error
}

// ReadBackFunc reads shipments (marketplace ids) back from a marketplace and stores them through
// the sync's checked path; it returns the stored shipments by key and why the others could not be
// read (syncer.Engine.ReadBack).
type ReadBackFunc func(ctx context.Context, ids []string) (map[string]order.Shipment, map[string]error)

// Market is one marketplace as a write run sees it.
type Market struct {
	// Unavailable says in Korean why nothing can be written to it now (no keys); "" when it can.
	Unavailable string
	// ReadBack reads shipments back through the sync's checked path.
	ReadBack ReadBackFunc
	// The clients the writers send with (the one built for the sync too).
	Naver   *naver.Client
	Coupang *coupang.Client
}

// Markets opens the marketplaces a write needs.
type Markets func(ctx context.Context, ms []order.Marketplace) (map[order.Marketplace]Market, error)

// Batch is what a Writer sends: the jobs of one marketplace, and what the pipeline lends it.
type Batch struct {
	Market order.Marketplace
	Jobs   []*Job
	// Now is the time of the write (e.g. Naver's dispatchDate).
	Now time.Time
	// ReadBack reads shipments back through the sync's checked path (Coupang's guide asks for it
	// after 상품준비중).
	ReadBack ReadBackFunc
	Log      *slog.Logger
	byID     map[string]*Job
}

// Job is the batch's job of the marketplace id, nil if none.
func (b *Batch) Job(id string) *Job {
	if b.byID == nil {
		b.byID = make(map[string]*Job, len(b.Jobs))
		for _, j := range b.Jobs {
			b.byID[j.Item.ID] = j
		}
	}
	return b.byID[id]
}

// Config builds a Pipeline.
type Config struct {
	Store   *store.Store
	Markets Markets
	// Check runs the pre-ship checks on a shipment (a receiver change a write reports).
	Check func(prev, next *order.Shipment, now time.Time)
	// Changed hears the keys of the shipments a write touched (the UI re-reads them).
	Changed func(keys []string)
	Now     func() time.Time
	Logger  *slog.Logger
}

// Pipeline runs the writes. One Pipeline per data file; its runs never overlap (two bulk actions
// on the same shipments must not both send).
type Pipeline struct {
	cfg      Config
	log      *slog.Logger
	couriers *lists.CourierTable
	mu       sync.Mutex
}

// New builds the pipeline.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Store == nil || cfg.Markets == nil {
		return nil, errors.New("fulfil: no store or no markets")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Check == nil {
		cfg.Check = func(prev, next *order.Shipment, now time.Time) {}
	}
	if cfg.Changed == nil {
		cfg.Changed = func([]string) {}
	}
	t, err := lists.DefaultCouriers()
	if err != nil {
		return nil, fmt.Errorf("fulfil: courier table: %w", err)
	}
	return &Pipeline{cfg: cfg, log: cfg.Logger, couriers: t}, nil
}

// Couriers is the courier table the writes and the tracking numbers use.
func (p *Pipeline) Couriers() *lists.CourierTable { return p.couriers }

// Acknowledge sends 발주확인 (Naver confirm) and 상품준비중 (Coupang acknowledgement) for the
// 신규주문 among keys.
func (p *Pipeline) Acknowledge(ctx context.Context, keys []string, by string) (Outcome, error) {
	return p.Run(ctx, acknowledge{}, keys, by)
}

// Dispatch sends 발송처리 (Naver dispatch, Coupang invoice upload) for the shipments among keys
// that carry a tracking number, after the claim sweep.
func (p *Pipeline) Dispatch(ctx context.Context, keys []string, by string) (Outcome, error) {
	return p.Run(ctx, dispatch{couriers: p.couriers}, keys, by)
}

// Run takes the shipments of keys through write w (see the package comment). by names who sent it
// in the audit log ("seller", "auto", "cli"). The error is for a selection the seller must change
// (a *usererr.Error) or a store failure; what happened to each shipment is in the Outcome.
func (p *Pipeline) Run(ctx context.Context, w Write, keys []string, by string) (Outcome, error) {
	keys, err := cleanSelection(keys)
	if err != nil {
		return Outcome{}, err
	}
	if by == "" {
		by = "seller"
	}
	p.mu.Lock()
	defer p.mu.Unlock()

	jobs := make(map[string]*Job, len(keys))
	var checked []*Job
	for _, k := range keys {
		s, err := p.cfg.Store.Shipment(ctx, k)
		if errors.Is(err, store.ErrNotFound) {
			j := &Job{Item: itemOfKey(k)}
			j.Settle(Fail("이 주문을 찾을 수 없습니다. 목록을 새로 고치세요."))
			jobs[k] = j
			continue
		}
		if err != nil {
			return Outcome{}, fmt.Errorf("fulfil: %s: read %s: %w", w.Action(), k, err)
		}
		j := &Job{Item: itemOf(&s), Shipment: s}
		jobs[k] = j
		if v := w.Check(j); v != nil {
			j.Settle(v)
			continue
		}
		checked = append(checked, j)
	}
	if len(checked) > 0 {
		if err := w.Prepare(ctx, p.cfg.Store, checked); err != nil {
			return Outcome{}, err
		}
	}
	byMarket := map[order.Marketplace][]*Job{}
	var ms []order.Marketplace
	for _, j := range checked {
		if j.Item.Result != "" {
			continue
		}
		m := j.Item.Market
		if byMarket[m] == nil {
			ms = append(ms, m)
		}
		byMarket[m] = append(byMarket[m], j)
	}
	if len(ms) > 0 {
		mks, err := p.cfg.Markets(ctx, ms)
		if err != nil {
			return Outcome{}, err
		}
		for _, m := range order.AllMarketplaces() {
			if js := byMarket[m]; len(js) > 0 {
				p.runMarket(ctx, w, m, mks[m], js, by)
			}
		}
	}
	out := Outcome{Items: make([]Item, 0, len(keys))}
	for _, k := range keys {
		out.Items = append(out.Items, *jobs[k].Item)
	}
	out.Counts = countItems(out.Items)
	out.Summary = summary(w.Verb()+"했습니다", out.Counts)
	p.auditFailures(ctx, w.Action(), by, out.Items)
	var touched []string
	for _, it := range out.Items {
		if it.Result != Skipped {
			touched = append(touched, it.Key)
		}
	}
	if len(touched) > 0 {
		p.cfg.Changed(touched)
	}
	return out, nil
}

// Settle gives the job its result before anything is sent.
func (j *Job) Settle(v *Verdict) { j.Item.Result, j.Item.Message = v.Result, v.Message }

// runMarket sends the jobs of one marketplace: the claim sweep, the writer, and what follows its
// answers.
func (p *Pipeline) runMarket(ctx context.Context, w Write, m order.Marketplace, mk Market, jobs []*Job, by string) {
	if mk.Unavailable != "" || mk.ReadBack == nil {
		why := mk.Unavailable
		if why == "" {
			why = m.Label() + "에 연결할 수 없습니다."
		}
		for _, j := range jobs {
			j.Settle(Fail("%s", why))
		}
		return
	}
	writer := w.Writer(m, mk)
	if writer == nil {
		for _, j := range jobs {
			j.Settle(Skip("%s에서는 할 수 없는 처리입니다.", m.Label()))
		}
		return
	}
	if w.Sweep() {
		jobs = p.sweep(ctx, w, m, mk, jobs)
		if len(jobs) == 0 {
			return
		}
	}
	b := &Batch{Market: m, Jobs: jobs, Now: p.cfg.Now(), ReadBack: mk.ReadBack, Log: p.log}
	err := writer.Send(ctx, b)
	switch {
	case isOutcomeUnknown(err):
		p.log.Warn("write outcome unknown; reading back", "write", w.Action(), "market", m, "err", err)
	case err != nil:
		p.log.Error("write", "write", w.Action(), "market", m, "err", err)
	}
	var recheck, lost []*Job
	for _, j := range jobs {
		a, it := j.Answer, j.Item
		switch a.Said {
		case Applied:
			p.mark(ctx, w, j, by, "")
		case Refused, NotYet:
			it.Result, it.Code, it.Message = Failed, a.Code, a.Reason
			if a.Said == NotYet {
				it.Result = Pending
			}
			if a.Recheck {
				recheck = append(recheck, j)
			}
		case NotSent:
			it.Result, it.Message = Failed, a.Reason
			if it.Message == "" {
				it.Message = notSentMessage(m, err)
			}
		default:
			lost = append(lost, j)
		}
	}
	p.recheckRefused(ctx, w, m, mk, recheck, by)
	p.settleLost(ctx, w, m, mk, lost, by)
}

// sweep reads the jobs back right before sending, stores what the marketplace says through the
// checked path and returns the jobs still safe to send.
func (p *Pipeline) sweep(ctx context.Context, w Write, m order.Marketplace, mk Market, jobs []*Job) []*Job {
	fresh, failed := mk.ReadBack(ctx, idsOf(jobs))
	var send []*Job
	for _, j := range jobs {
		s, ok := fresh[j.Item.Key]
		if !ok {
			err := failed[j.Item.Key]
			p.log.Warn("claim sweep could not read a shipment; not sent", "key", j.Item.Key, "err", err)
			j.Settle(Fail("보내기 직전에 %s에서 주문 상태를 확인하지 못해 보내지 않았습니다: %s", m.Label(), sellerMessage(m, err)))
			continue
		}
		j.Shipment, j.Item.Status = s, s.Status
		if v := w.Recheck(j); v != nil {
			j.Settle(v)
			continue
		}
		send = append(send, j)
	}
	return send
}

// recheckRefused reads back the shipments refused because of their state and stores what the
// marketplace says (a claim, a cancel: the board then shows why). One done meanwhile (in the
// seller centre) is reported ok, keeping the marketplace's code.
func (p *Pipeline) recheckRefused(ctx context.Context, w Write, m order.Marketplace, mk Market, jobs []*Job, by string) {
	if len(jobs) == 0 {
		return
	}
	fresh, failed := mk.ReadBack(ctx, idsOf(jobs))
	for _, j := range jobs {
		s, ok := fresh[j.Item.Key]
		if !ok {
			p.log.Info("read back after a refused write", "write", w.Action(), "key", j.Item.Key, "err", failed[j.Item.Key])
			continue
		}
		j.Item.Status = s.Status
		if applied, _ := w.Applied(j, &s); applied {
			code := j.Item.Code
			j.Answer = Answer{Said: Applied, Status: s.Status, MarketStatus: s.MarketStatus,
				Note: fmt.Sprintf("이미 %s된 주문입니다. 다시 보내지 않았습니다.", w.Verb())}
			p.mark(ctx, w, j, by, "이미 처리되어 있음: ")
			j.Item.Code = code
		}
	}
}

// settleLost reads back the shipments whose answer was lost and reports what the marketplace
// says; nothing is sent again.
func (p *Pipeline) settleLost(ctx context.Context, w Write, m order.Marketplace, mk Market, jobs []*Job, by string) {
	if len(jobs) == 0 {
		return
	}
	fresh, failed := mk.ReadBack(ctx, idsOf(jobs))
	for _, j := range jobs {
		it := j.Item
		it.ReadBack = true
		s, ok := fresh[it.Key]
		if !ok {
			p.log.Warn("read back after a lost answer", "write", w.Action(), "key", it.Key, "err", failed[it.Key])
			it.Result, it.Message = Unknown, unknownMessage(m)
			continue
		}
		it.Status = s.Status
		applied, conflict := w.Applied(j, &s)
		switch {
		case applied:
			j.Answer = Answer{Said: Applied, Status: s.Status, MarketStatus: s.MarketStatus,
				Note: fmt.Sprintf("%s의 응답이 끊겨 다시 조회했더니 %s되어 있었습니다. 다시 보내지 않았습니다.", m.Label(), w.Verb())}
			p.mark(ctx, w, j, by, "응답이 끊겨 다시 조회함: ")
		case conflict != "":
			it.Result, it.Message = Unknown, conflict
		default:
			it.Result = Failed
			it.Message = fmt.Sprintf("%s의 응답이 끊겨 다시 조회했더니 %s되지 않았습니다(지금 상태: %s). 확인 후 다시 시도할 수 있습니다.",
				m.Label(), w.Verb(), s.Status.Label())
		}
	}
}

// mark stores an applied write: the shipment and its audit entry in one transaction.
func (p *Pipeline) mark(ctx context.Context, w Write, j *Job, by, note string) {
	now := p.cfg.Now()
	it := j.Item
	detail := j.Answer.Detail
	if detail == "" {
		detail = w.Detail(j)
	}
	var stored order.Shipment
	err := p.cfg.Store.Update(ctx, it.Key, func(s *order.Shipment) error {
		w.Mark(j, s, MarkEnv{Now: now, Check: p.cfg.Check})
		stored = *s
		return nil
	}, store.AuditEntry{At: now, Actor: by, Action: w.Action(), Detail: note + detail})
	it.Result = OK
	if err != nil {
		p.log.Error("store a shipment the marketplace changed", "write", w.Action(), "key", it.Key, "err", err)
		if j.Answer.Status != "" {
			it.Status = j.Answer.Status
		}
		it.Message = fmt.Sprintf("마켓에는 %s되었지만 셀러데스크에 저장하지 못했습니다. 다음 동기화 때 반영됩니다.", w.Verb())
		return
	}
	it.Status, it.Courier, it.TrackingNumber = stored.Status, stored.Courier, stored.TrackingNumber
	it.Message = w.Verb() + "되었습니다."
	if j.Answer.Note != "" {
		it.Message = j.Answer.Note
	}
}

// auditFailures records the shipments a write did not change, one entry each.
func (p *Pipeline) auditFailures(ctx context.Context, action, by string, items []Item) {
	var entries []store.AuditEntry
	now := p.cfg.Now()
	for _, it := range items {
		if it.Result == Failed || it.Result == Unknown || it.Result == Pending {
			entries = append(entries, store.AuditEntry{At: now, Actor: by, Action: action + "-" + string(it.Result),
				ShipmentKey: it.Key, Detail: it.Message})
		}
	}
	if len(entries) == 0 {
		return
	}
	if err := p.cfg.Store.AppendAudit(ctx, entries...); err != nil {
		p.log.Error("audit write failures", "action", action, "err", err)
	}
}

// cleanSelection validates the board's selection and drops repeats, keeping the order.
func cleanSelection(keys []string) ([]string, error) {
	if len(keys) > MaxSelection {
		return nil, usererr.New(fmt.Sprintf("한 번에 %d건까지 처리할 수 있습니다. 나누어 진행하세요.", MaxSelection), fmt.Errorf("%d keys selected", len(keys)))
	}
	out, err := order.CleanKeys(keys)
	var ke *order.KeyError
	if errors.As(err, &ke) {
		return nil, usererr.New("주문 번호가 올바르지 않습니다: "+ke.Key, err)
	}
	if len(out) == 0 {
		return nil, usererr.New("처리할 주문을 선택하세요.", errors.New("no shipments selected"))
	}
	return out, nil
}

func itemOf(s *order.Shipment) *Item {
	return &Item{Key: s.Key(), Market: s.Marketplace, MarketLabel: s.Marketplace.Label(), ID: s.ID, Status: s.Status,
		Courier: s.Courier, TrackingNumber: s.TrackingNumber}
}

func itemOfKey(key string) *Item {
	m, id, _ := order.SplitKey(key)
	return &Item{Key: key, Market: m, MarketLabel: m.Label(), ID: id}
}

func idsOf(jobs []*Job) []string {
	ids := make([]string, 0, len(jobs))
	for _, j := range jobs {
		ids = append(ids, j.Item.ID)
	}
	return ids
}

func countItems(items []Item) Counts {
	var c Counts
	for _, it := range items {
		switch it.Result {
		case OK:
			c.OK++
		case Failed:
			c.Failed++
		case Unknown:
			c.Unknown++
		case Pending:
			c.Pending++
		default:
			c.Skipped++
		}
	}
	return c
}

// summary is the one Korean sentence for a write's result bar, e.g.
// "3건 발주확인했습니다, 1건은 보내지 않았습니다."
func summary(done string, c Counts) string {
	parts := []string{fmt.Sprintf("%d건 %s", c.OK, done)}
	if c.Failed > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 처리하지 못했습니다", c.Failed))
	}
	if c.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 보내지 않았습니다", c.Skipped))
	}
	if c.Unknown > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 결과를 확인하지 못했습니다 (확인 필요)", c.Unknown))
	}
	if c.Pending > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 마켓 반영을 기다리는 중이라 잠시 뒤 다시 보내야 합니다", c.Pending))
	}
	return strings.Join(parts, ", ") + "."
}

func isOutcomeUnknown(err error) bool {
	return naver.IsOutcomeUnknown(err) || coupang.IsOutcomeUnknown(err)
}

// sellerMessage is the Korean sentence for an error of a call to m.
func sellerMessage(m order.Marketplace, err error) string { return market.SellerMessage(m, err) }

// notSentMessage explains shipments a write never sent because the call failed before them.
func notSentMessage(m order.Marketplace, err error) string {
	switch {
	case err == nil:
		return "보내지 못했습니다. 다시 시도하세요."
	case isOutcomeUnknown(err):
		return "앞선 요청의 응답이 끊겨 이 주문은 보내지 않았습니다. 결과를 확인한 뒤 다시 시도할 수 있습니다."
	}
	return "보내지 않았습니다: " + sellerMessage(m, err)
}

// unknownMessage is what the seller reads when a write's outcome stays unknown.
func unknownMessage(m order.Marketplace) string {
	return "확인 필요: " + m.Label() + "의 응답을 받지 못했고 다시 조회해도 결과를 알 수 없습니다. 이미 처리되었을 수 있으니 " +
		market.SellerCentre(m) + "에서 확인하세요. 셀러데스크는 자동으로 다시 보내지 않습니다."
}
