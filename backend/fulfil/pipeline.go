package fulfil

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

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

// AnswerClaims sends the seller's answer (req.Action) to the open claims of the shipments among
// keys that take it (출고중지완료, 이미출고, 취소 승인, the return answers), after the claim sweep;
// each answered shipment is read back, so its hold goes only when the marketplace's claim does.
func (p *Pipeline) AnswerClaims(ctx context.Context, req ClaimRequest, keys []string, by string) (Outcome, error) {
	w, err := newAnswerClaims(req, p.couriers)
	if err != nil {
		return Outcome{}, err
	}
	return p.Run(ctx, w, keys, by)
}

// Delay sends 발송지연 (Naver) for the shipments among keys still to send.
func (p *Pipeline) Delay(ctx context.Context, req DelayRequest, keys []string, by string) (Outcome, error) {
	w, err := newDelay(req, p.cfg.Now())
	if err != nil {
		return Outcome{}, err
	}
	return p.Run(ctx, w, keys, by)
}

// SellerCancel sends 판매 취소 (Naver 취소 요청, Coupang 주문 상품 취소 처리) for the boxes among keys still to send,
// after reading each back first; with req.Lines, only those goods of the one box in keys.
func (p *Pipeline) SellerCancel(ctx context.Context, req SellerCancelRequest, keys []string, by string) (Outcome, error) {
	w, err := newSellerCancel(req)
	if err != nil {
		return Outcome{}, err
	}
	if err := oneBoxForLines(w.req, keys); err != nil {
		return Outcome{}, err
	}
	return p.Run(ctx, w, keys, by)
}

// FixInvoices sends 송장 수정 (Coupang updateInvoices) for boxes that left with a wrong number; a
// Naver box is skipped with the seller centre's route (NaverInvoiceFixNote).
func (p *Pipeline) FixInvoices(ctx context.Context, fixes []InvoiceFix, by string) (Outcome, error) {
	w := &invoiceFix{couriers: p.couriers, fixes: map[string]InvoiceFix{}}
	keys := make([]string, 0, len(fixes))
	for _, f := range fixes {
		k := strings.TrimSpace(f.Key)
		w.fixes[k] = f
		keys = append(keys, k)
	}
	return p.Run(ctx, w, keys, by)
}

// DispatchNothing sends 발송처리 without a parcel (배송없음, deliveryMethod NOTHING) for the
// digital orders among keys, after the claim sweep. Only Naver has it.
func (p *Pipeline) DispatchNothing(ctx context.Context, keys []string, by string) (Outcome, error) {
	return p.Run(ctx, nothing{}, keys, by)
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
	p.recordFailures(ctx, w.Action(), by, out.Items)
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
		// The write went through: an earlier failure of it is over, and so is any other write's
		// whose status the box has left.
		if s.WriteProblem != nil && s.WriteProblem.Action == w.Action() {
			s.WriteProblem = nil
		}
		s.SettleWriteProblem()
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

// recordFailures leaves a failed, unknown or pending write on each shipment it concerns
// (order.WriteProblem: the board shows it and filters on it) and audits it, one entry each, in one
// store transaction: the failure does not live in the result banner alone.
func (p *Pipeline) recordFailures(ctx context.Context, action, by string, items []Item) {
	var entries []store.AuditEntry
	problems := map[string]*order.WriteProblem{}
	var keys []string
	now := p.cfg.Now()
	for _, it := range items {
		var res order.WriteResult
		switch it.Result {
		case Failed:
			res = order.WriteFailed
		case Unknown:
			res = order.WriteUnknown
		case Pending:
			res = order.WritePending
		default:
			continue
		}
		entries = append(entries, store.AuditEntry{At: now, Actor: by, Action: action + "-" + string(it.Result),
			ShipmentKey: it.Key, Detail: it.Message})
		if problems[it.Key] == nil {
			keys = append(keys, it.Key)
		}
		problems[it.Key] = &order.WriteProblem{Action: action, Result: res, Message: it.Message, At: now}
	}
	if len(entries) == 0 {
		return
	}
	_, err := p.cfg.Store.UpdateMany(ctx, keys, nil, func(s *order.Shipment) {
		if wp := problems[s.Key()]; wp != nil {
			v := *wp
			v.Status = s.Status
			s.WriteProblem = &v
		}
	}, entries...)
	if err != nil {
		p.log.Error("record write failures", "action", action, "err", err)
	}
}
