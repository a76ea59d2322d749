package digital

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// Mailer sends one mail; *mail.Sender is one. A failure should be a *mail.SendError: any other
// error is taken as an unknown outcome.
type Mailer interface {
	Send(ctx context.Context, m mail.Message) error
}

// MarketResult is the marketplace step's outcome for one delivery.
type MarketResult struct {
	Key  string
	Done bool
	// Retry: not done, but the next run may try again by itself (no answer yet, the marketplace
	// not reachable, not yet). A refusal is not retried: the seller decides.
	Retry bool
	// Note says what happened, in Korean (a failure's reason).
	Note string
}

// Marketplace is the step after the mail: 발주확인 where the order is not yet acknowledged, then
// 발송처리 with deliveryMethod NOTHING (배송없음) — through the one write pipeline, which reads
// back before any retry — and, later, reading the orders again to see them 배송완료 / 구매확정.
// Implemented outside this package.
type Marketplace interface {
	DispatchNothing(ctx context.Context, keys []string) []MarketResult
	// ReadBack reads the shipments again from their marketplace (stored through the sync's
	// checked path) and returns those it could read, by key.
	ReadBack(ctx context.Context, keys []string) map[string]order.Shipment
}

// RunnerConfig builds a Runner.
type RunnerConfig struct {
	Store *store.Store
	// Settings reads the current settings.
	Settings func(ctx context.Context) (Settings, error)
	// Mailer builds the mailer for the settings (with the saved password); an error (no
	// password, bad settings) stops the sends of the run with the error's message.
	Mailer func(ctx context.Context, s Settings) (Mailer, error)
	// Market, when set, takes sent deliveries to the marketplace; nil leaves them for later.
	Market Marketplace
	// RetryDelay is the wait before trying a failed send again, times the attempts so far
	// (default 10 minutes).
	RetryDelay time.Duration
	Now        func() time.Time
	Logger     *slog.Logger
	// Step, when set, is told each durable step of a delivery (tests stop the process there).
	Step func(step, key string)
	// ConfirmEvery is how often the dispatched orders are read again to see them 배송완료 (Naver's
	// change feed does not report it; default 6 hours). 구매확정 arrives with the sync anyway.
	ConfirmEvery time.Duration
}

// Runner plans, sends and completes digital deliveries. One Runner per data file; its runs
// never overlap.
type Runner struct {
	cfg RunnerConfig
	mu  sync.Mutex
	// confirmed is when the dispatched orders were last read again (in memory: after a restart
	// the first run reads them once more).
	confirmed time.Time
}

// NewRunner makes a runner.
func NewRunner(cfg RunnerConfig) (*Runner, error) {
	if cfg.Store == nil || cfg.Settings == nil || cfg.Mailer == nil {
		return nil, errors.New("digital: runner needs a store, settings and a mailer")
	}
	if cfg.RetryDelay <= 0 {
		cfg.RetryDelay = 10 * time.Minute
	}
	if cfg.ConfirmEvery <= 0 {
		cfg.ConfirmEvery = 6 * time.Hour
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Runner{cfg: cfg}, nil
}

// Steps the runner reports to RunnerConfig.Step.
const (
	StepPlanned  = "planned"  // the delivery (and its codes) is stored
	StepSending  = "sending"  // marked sending; the mail is about to leave
	StepSent     = "sent"     // the server accepted the mail; not yet recorded
	StepFinished = "finished" // the outcome is recorded
	StepMarket   = "market"   // the marketplace step is recorded
)

// StockWarning says a product's licence codes are running out.
type StockWarning struct {
	Product   string `json:"product"`
	Name      string `json:"name"`
	Available int    `json:"available"`
	Level     int    `json:"level"`
	Message   string `json:"message"`
}

// Report is what one run did.
type Report struct {
	Planned   int `json:"planned"`
	Held      int `json:"held"`
	Sent      int `json:"sent"`
	Failed    int `json:"failed"`
	Unknown   int `json:"unknown"`
	Canceled  int `json:"canceled"`
	Recovered int `json:"recovered"`
	Market    int `json:"market"`
	// Confirmed counts deliveries a read showed 배송완료 or 구매확정 in this run.
	Confirmed int `json:"confirmed"`
	// LowStock lists code pools under their warning level.
	LowStock []StockWarning `json:"lowStock,omitempty"`
	// Stopped says, in Korean, why the sends stopped (mail server settings, login, connection).
	Stopped string `json:"stopped,omitempty"`
}

// RecoveredNote is the note of a delivery found "sending" at the start of a run.
const RecoveredNote = "메일을 보내는 중에 프로그램이 멈춰 구매자가 메일을 받았는지 알 수 없습니다. 두 번 보내지 않도록 자동으로 다시 보내지 않습니다. " +
	"구매자에게 확인한 뒤 '다시 보내기' 또는 '보냄으로 표시'를 고르세요."

// Run makes one pass: it plans the deliveries of the given shipments (the new and changed ones of
// a sync run) and of every held delivery, sends what is due, and takes sent deliveries to the
// marketplace. Without the setting on (Settings.Enabled) or any digital product it does nothing
// but finish what a crash interrupted.
func (r *Runner) Run(ctx context.Context, keys []string) (Report, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var rep Report
	st := r.cfg.Store
	// Only this runner sends, under r.mu: a delivery still "sending" now was interrupted.
	rec, err := st.RecoverSending(ctx, RecoveredNote)
	if err != nil {
		return rep, err
	}
	rep.Recovered = len(rec)
	set, err := r.cfg.Settings(ctx)
	if err != nil {
		return rep, fmt.Errorf("digital: settings: %w", err)
	}
	if !set.Enabled || len(set.Products) == 0 {
		return rep, nil
	}
	if err := r.plan(ctx, &set, keys, &rep); err != nil {
		return rep, err
	}
	if err := r.lowStock(ctx, &set, &rep); err != nil {
		return rep, err
	}
	if err := r.send(ctx, &set, &rep); err != nil {
		return rep, err
	}
	if err := r.market(ctx, &rep); err != nil {
		return rep, err
	}
	return rep, r.confirm(ctx, &rep)
}

// plan stores a delivery for every digital line among keys and re-plans held deliveries.
func (r *Runner) plan(ctx context.Context, set *Settings, keys []string, rep *Report) error {
	st := r.cfg.Store
	held, err := st.Deliveries(ctx, store.DeliveryQuery{States: []store.DeliveryState{store.DeliveryHeld}, Limit: store.MaxAuditLimit})
	if err != nil {
		return err
	}
	todo := append([]string(nil), keys...)
	for _, d := range held {
		todo = append(todo, d.Key)
	}
	fence, err := restoredAt(ctx, st)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, key := range todo {
		if seen[key] {
			continue
		}
		seen[key] = true
		if err := ctx.Err(); err != nil {
			return err
		}
		p, ok, err := r.planOf(ctx, set, key, fence)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		d, err := st.PlanDelivery(ctx, p)
		if err != nil {
			return err
		}
		switch d.State {
		case store.DeliveryPlanned:
			rep.Planned++
		case store.DeliveryHeld:
			rep.Held++
		}
		r.step(StepPlanned, key)
	}
	return nil
}

// planOf works out the delivery of one shipment; ok is false when it has none to plan.
func (r *Runner) planOf(ctx context.Context, set *Settings, key string, fence time.Time) (store.DeliveryPlan, bool, error) {
	st := r.cfg.Store
	prev, exists, err := st.Delivery(ctx, key)
	if err != nil {
		return store.DeliveryPlan{}, false, err
	}
	if exists && prev.State != store.DeliveryHeld {
		return store.DeliveryPlan{}, false, nil
	}
	sh, err := st.Shipment(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return store.DeliveryPlan{}, false, nil
	}
	if err != nil {
		return store.DeliveryPlan{}, false, err
	}
	var facts naver.DigitalFacts
	if sh.Marketplace == order.Naver {
		raw, err := st.RawPayload(ctx, key)
		if err == nil {
			if facts, err = naver.DigitalFactsOf(raw); err != nil {
				r.cfg.Logger.Warn("digital: raw product order unreadable", "key", key, "err", err)
			}
		} else if !errors.Is(err, store.ErrNotFound) {
			return store.DeliveryPlan{}, false, err
		}
	}
	var (
		line    order.Line
		product Product
		found   bool
	)
	for _, l := range sh.Lines {
		if p, _, ok := set.Find(l, facts.ExpectedDeliveryMethod); ok {
			line, product, found = l, p, true
			break
		}
	}
	if !found {
		if exists { // a held delivery whose product was removed from the settings
			return store.DeliveryPlan{Delivery: prev, Hold: HoldNoProduct, Actor: "sellerdesk",
				Note: "이 주문의 디지털 상품 설정이 지워졌습니다. 설정을 되살리거나 '직접 보냄'으로 표시하세요."}, true, nil
		}
		return store.DeliveryPlan{}, false, nil
	}
	if !exists && !deliverable(&sh) {
		return store.DeliveryPlan{}, false, nil // only paid orders with no claim start a delivery
	}
	qty := line.ShippableQty()
	d := store.Delivery{Key: key, Market: sh.Marketplace, OrderID: sh.OrderID, Product: product.ID, Kind: string(product.Kind),
		ProductName: line.ProductName, OptionName: line.OptionName, Quantity: qty, BuyerName: sh.OrdererName,
		MaxAttempts: set.Attempts()}
	if exists {
		d.Override = prev.Override
	}
	p := store.DeliveryPlan{Delivery: d, Actor: "sellerdesk"}
	if !exists && !fence.IsZero() && !sh.PaidAt.IsZero() && sh.PaidAt.Before(fence) {
		p.Unsure = RestoredOrderNote // the SellerDesk before the restore may have mailed it
	}
	if qty <= 0 {
		p.Hold, p.Note = HoldNothingToSend, "보낼 수량이 없습니다 (취소된 수량 제외)."
		return p, true, nil
	}
	to := BuyerAddress(sh.Marketplace, facts.OrdererID, d.Override)
	if to.Hold != "" {
		p.Hold, p.Note = to.Hold, to.Note
		return p, true, nil
	}
	p.Delivery.To, p.Delivery.ToSource = to.To, to.Source
	if product.Kind == KindCodes {
		p.Delivery.Pool, p.Codes = product.ID, qty
		p.ShortHold = HoldNoCodes
		p.ShortNote = fmt.Sprintf("'%s'의 라이선스 코드가 모자랍니다 (%d개 필요). 코드를 더 올리면 자동으로 보냅니다.", product.label(), qty)
	}
	tpl := product.Template
	p.Prepare = func(d *store.Delivery) error {
		subj, body, err := tpl.Render(Values{Buyer: d.BuyerName, Product: d.ProductName, Option: d.OptionName,
			Quantity: d.Quantity, OrderID: idOf(d.Key), Link: product.Link, Codes: d.Codes})
		if err != nil {
			return err
		}
		d.Subject, d.Body = subj, body
		return nil
	}
	return p, true, nil
}

// idOf is the marketplace id of the shipment (Naver: the product order number).
func idOf(key string) string {
	_, id, err := order.SplitKey(key)
	if err != nil {
		return key
	}
	return id
}

// deliverable: a paid order (결제완료 or 발주확인) with no open claim.
func deliverable(sh *order.Shipment) bool {
	if sh.Claim != nil && sh.Claim.Open {
		return false
	}
	return sh.Status == order.StatusPaid || sh.Status == order.StatusAcknowledged
}

// Guard stops a send at the last moment when the order is no longer to be delivered: a claim
// (cancel request) came, or the order was cancelled. It answers the reason in Korean.
func Guard(sh order.Shipment) string {
	if sh.Claim != nil && sh.Claim.Open {
		return fmt.Sprintf("구매자가 %s을(를) 요청해 메일을 보내지 않았습니다. 판매자센터에서 요청을 처리하세요.", sh.Claim.Type.Label())
	}
	switch sh.Status {
	case order.StatusPaid, order.StatusAcknowledged:
		return ""
	}
	return fmt.Sprintf("주문 상태가 '%s'(이)라 메일을 보내지 않았습니다.", sh.Status.Label())
}

// GuardOf is the last-moment guard of one delivery. A first mail goes only to an order still to
// be delivered (Guard). The seller's resend usually comes after the order was dispatched as
// 배송없음 (the buyer lost the mail): a dispatched order does not stop it; a claim or a
// cancellation, return or exchange still does.
func GuardOf(d store.Delivery) func(order.Shipment) string {
	if d.Resends == 0 {
		return Guard
	}
	return func(sh order.Shipment) string {
		if sh.Status.Dispatched() && (sh.Claim == nil || !sh.Claim.Open) {
			return ""
		}
		return Guard(sh)
	}
}

func (r *Runner) lowStock(ctx context.Context, set *Settings, rep *Report) error {
	for i := range set.Products {
		p := &set.Products[i]
		if p.Kind != KindCodes {
			continue
		}
		stock, err := r.cfg.Store.CodeStockOf(ctx, p.ID)
		if err != nil {
			return err
		}
		if level := p.LowStockLevel(); stock.Available < level {
			rep.LowStock = append(rep.LowStock, StockWarning{Product: p.ID, Name: p.label(), Available: stock.Available, Level: level,
				Message: fmt.Sprintf("'%s'의 라이선스 코드가 %d개 남았습니다. 코드를 더 올리세요.", p.label(), stock.Available)})
		}
	}
	return nil
}

// send sends every due delivery, oldest first. A failure of the server or the settings stops
// the pass (the next mails would fail the same way); the remaining ones wait for the next run.
func (r *Runner) send(ctx context.Context, set *Settings, rep *Report) error {
	st := r.cfg.Store
	now := r.cfg.Now()
	due, err := st.Deliveries(ctx, store.DeliveryQuery{States: []store.DeliveryState{store.DeliveryPlanned, store.DeliveryFailed}, Limit: store.MaxAuditLimit})
	if err != nil {
		return err
	}
	due = slicesFilter(due, func(d store.Delivery) bool { return d.State == store.DeliveryPlanned || d.Retryable(now) })
	if len(due) == 0 {
		return nil
	}
	sort.SliceStable(due, func(i, j int) bool { return due[i].CreatedAt.Before(due[j].CreatedAt) })
	mailer, err := r.cfg.Mailer(ctx, *set)
	if err != nil {
		rep.Stopped = "메일 서버 설정을 쓸 수 없어 디지털 상품 메일을 보내지 않았습니다: " + koreanOf(err)
		r.cfg.Logger.Warn("digital: no mailer", "err", err)
		return nil
	}
	for _, d := range due {
		if err := ctx.Err(); err != nil {
			return err
		}
		started, err := st.BeginSend(ctx, d.Key, GuardOf(d))
		if err != nil {
			return err
		}
		if !started.Started {
			if started.Delivery.State == store.DeliveryCanceled {
				rep.Canceled++
			}
			continue
		}
		d = started.Delivery
		r.step(StepSending, d.Key)
		sendErr := mailer.Send(ctx, mail.Message{To: d.To, Subject: d.Subject, Body: d.Body, MessageID: d.MessageID, Date: r.cfg.Now()})
		if sendErr == nil {
			r.step(StepSent, d.Key)
		}
		res := r.result(d, sendErr)
		// the outcome is recorded even when the run is being cancelled
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		_, err = st.FinishSend(wctx, d.Key, res)
		cancel()
		if err != nil {
			return err // the delivery stays "sending" and becomes unknown: never a second mail
		}
		r.step(StepFinished, d.Key)
		switch res.State {
		case store.DeliverySent:
			rep.Sent++
		case store.DeliveryFailed:
			rep.Failed++
		case store.DeliveryUnknown:
			rep.Unknown++
		}
		var se *mail.SendError
		if errors.As(sendErr, &se) && se.Global() {
			rep.Stopped = se.Korean()
			r.cfg.Logger.Warn("digital: sends stopped", "err", se)
			return nil
		}
	}
	return nil
}

func (r *Runner) result(d store.Delivery, err error) store.SendResult {
	if err == nil {
		return store.SendResult{State: store.DeliverySent, Note: fmt.Sprintf("%s에게 메일을 보냈습니다.", d.To)}
	}
	r.cfg.Logger.Warn("digital: send failed", "key", d.Key, "err", err)
	var se *mail.SendError
	if !errors.As(err, &se) || se.Outcome == mail.Unknown {
		note := "메일을 보내는 중 연결이 끊겨 구매자가 메일을 받았는지 알 수 없습니다. 두 번 보내지 않도록 자동으로 다시 보내지 않습니다. 구매자에게 확인한 뒤 '다시 보내기' 또는 '보냄으로 표시'를 고르세요."
		if se != nil {
			note = se.Korean()
		}
		return store.SendResult{State: store.DeliveryUnknown, Note: note, Detail: err.Error()}
	}
	res := store.SendResult{State: store.DeliveryFailed, Note: se.Korean(), Detail: err.Error(),
		RetryAt: r.cfg.Now().Add(r.cfg.RetryDelay * time.Duration(max(d.Attempts, 1)))}
	if se.Stage == mail.StageRecipient && !se.Temporary {
		res.Final = true // the address was refused for good: the seller must give another
	}
	if d.Attempts >= d.MaxAttempts || res.Final {
		res.Note += fmt.Sprintf(" 자동 재시도(%d회)를 마쳤습니다. 확인 후 '다시 보내기'를 누르세요.", d.Attempts)
	} else {
		res.Note += fmt.Sprintf(" (%d/%d회 시도)", d.Attempts, d.MaxAttempts)
	}
	return res
}

// market takes the sent Naver deliveries to the marketplace (발송처리 as 배송없음).
func (r *Runner) market(ctx context.Context, rep *Report) error {
	if r.cfg.Market == nil {
		return nil
	}
	st := r.cfg.Store
	// mailed, or delivered by the seller by hand: either way the order is dispatched as 배송없음
	sent, err := st.Deliveries(ctx, store.DeliveryQuery{States: []store.DeliveryState{store.DeliverySent, store.DeliveryManual}, Limit: store.MaxAuditLimit})
	if err != nil {
		return err
	}
	var keys []string
	for _, d := range sent {
		if d.Market == order.Naver && (d.MarketState == "" || d.MarketState == store.MarketPending) {
			keys = append(keys, d.Key)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	for _, res := range r.cfg.Market.DispatchNothing(ctx, keys) {
		state := store.MarketFailed
		switch {
		case res.Done:
			state = store.MarketDone
			rep.Market++
		case res.Retry:
			state = store.MarketPending
		}
		if _, err := st.SetDeliveryMarket(ctx, res.Key, state, res.Note); err != nil {
			return err
		}
		r.step(StepMarket, res.Key)
	}
	return nil
}

// confirm records what a later read shows of the dispatched orders: 배송완료, then 구매확정.
// The stored shipment tells (the sync brings 구매확정); every ConfirmEvery the orders still on
// their way are read again, because Naver's change feed does not report 배송완료.
func (r *Runner) confirm(ctx context.Context, rep *Report) error {
	if r.cfg.Market == nil {
		return nil
	}
	st := r.cfg.Store
	ds, err := st.Deliveries(ctx, store.DeliveryQuery{States: []store.DeliveryState{store.DeliverySent, store.DeliveryManual}, Limit: store.MaxAuditLimit})
	if err != nil {
		return err
	}
	var open []store.Delivery
	for _, d := range ds {
		if d.MarketState == store.MarketDone || d.MarketState == store.MarketDelivered {
			open = append(open, d)
		}
	}
	if len(open) == 0 {
		return nil
	}
	keys := make([]string, len(open))
	for i, d := range open {
		keys[i] = d.Key
	}
	ships, err := st.Shipments(ctx, keys)
	if err != nil {
		return err
	}
	status := make(map[string]order.Status, len(ships))
	for _, sh := range ships {
		status[sh.Key()] = sh.Status
	}
	now := r.cfg.Now()
	if now.Sub(r.confirmed) >= r.cfg.ConfirmEvery {
		var onTheWay []string
		for _, k := range keys {
			if s := status[k]; s != order.StatusDelivered && s != order.StatusDecided && len(onTheWay) < maxConfirmReads {
				onTheWay = append(onTheWay, k)
			}
		}
		if len(onTheWay) > 0 {
			for k, sh := range r.cfg.Market.ReadBack(ctx, onTheWay) {
				status[k] = sh.Status
			}
		}
		r.confirmed = now
	}
	for _, d := range open {
		state, note := "", ""
		switch status[d.Key] {
		case order.StatusDelivered:
			state, note = store.MarketDelivered, "마켓에서 배송완료로 확인했습니다."
		case order.StatusDecided:
			state, note = store.MarketDecided, "구매확정되었습니다."
		}
		if state == "" || state == d.MarketState {
			continue
		}
		if _, err := st.SetDeliveryMarket(ctx, d.Key, state, note); err != nil {
			return err
		}
		rep.Confirmed++
	}
	return nil
}

// maxConfirmReads bounds the orders one run reads again for confirm.
const maxConfirmReads = 300

func (r *Runner) step(step, key string) {
	if r.cfg.Step != nil {
		r.cfg.Step(step, key)
	}
}

func koreanOf(err error) string {
	var ce *mail.ConfigError
	if errors.As(err, &ce) {
		return ce.Message
	}
	if k, ok := usererr.Korean(err); ok {
		return k
	}
	return "메일 서버 설정이나 비밀번호가 없습니다. 설정에서 메일 서버를 입력하세요."
}

func slicesFilter[T any](in []T, keep func(T) bool) []T {
	out := in[:0]
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}
