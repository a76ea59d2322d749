package app

import (
	"context"
	"crypto/x509"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"sellerdesk/backend/digital"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/mail"
	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Digital goods (issue 17): after every sync run the digital runner mails the new paid orders of
// the seller's digital products (exactly once), then takes them to the marketplace as 배송없음
// through the write pipeline — in the window, the browser door and headless `sync` alike.

// Mailbox is the demo's mail catcher: the mails "sent" to buyers, shown in the app. Nil outside
// the demo.
type Mailbox interface {
	Mails() []mailcatcher.Mail
}

// EventDigitalChanged reports a digital run that changed something (its digital.Report); the
// 디지털 발송 screen and the board's badges reload.
const EventDigitalChanged = "digital:changed"

// EventDigitalLowStock reports licence-code pools under their warning level ([]digital.StockWarning),
// once each time the set of low pools changes.
const EventDigitalLowStock = "digital:low-stock"

// digitalRuns is the runner and what the sync hands it.
type digitalRuns struct {
	runner *digital.Runner
	mu     sync.Mutex
	// keys are the shipments the sync stored (added or changed) since the last run, per marketplace.
	keys map[order.Marketplace][]string
	// last is the last run's report, when it ran and its error (Korean).
	last     digital.Report
	lastAt   time.Time
	lastErr  string
	lowStock string
	wg       sync.WaitGroup
	// mailOpts are the sender's options (mailOptions), for the test-send button too.
	mailOpts []mail.Option
}

// digitalRunTimeout bounds one digital run (mails and the marketplace step).
const digitalRunTimeout = 10 * time.Minute

// EnvSMTPCAFile names a PEM file of certificate authorities the SMTP server's certificate may
// come from, besides the system's (a company mail server with its own CA; the tests' mail
// catcher). Read only when Config.Env is set.
const EnvSMTPCAFile = "SELLERDESK_SMTP_CA_FILE"

// mailOptions are the mail sender's options: the config's, and the CA file of the environment.
func (a *App) mailOptions() []mail.Option {
	opts := slices.Clone(a.cfg.MailOptions)
	if a.cfg.Env == nil {
		return opts
	}
	path := a.cfg.Env(EnvSMTPCAFile)
	if path == "" {
		return opts
	}
	pem, err := os.ReadFile(path)
	if err != nil {
		a.log.Error("smtp ca file unreadable; the system's authorities only", "file", path, "err", err)
		return opts
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		a.log.Error("smtp ca file holds no certificate; the system's authorities only", "file", path)
		return opts
	}
	return append(opts, mail.WithRootCAs(pool))
}

func (a *App) newDigitalRunner() (*digital.Runner, error) {
	st := a.store
	a.digital.mailOpts = a.mailOptions()
	return digital.NewRunner(digital.RunnerConfig{Store: st, Now: a.cfg.Now, Logger: a.log,
		Settings:     func(ctx context.Context) (digital.Settings, error) { return digital.LoadSettings(ctx, st) },
		Mailer:       digital.NewMailer(st, a.cfg.Env, a.digital.mailOpts...),
		Market:       digitalMarket{a},
		ConfirmEvery: a.cfg.DigitalConfirmEvery,
	})
}

// noteStored remembers the shipments a sync stored, for the digital run at the end of the run.
func (a *App) noteStored(m order.Marketplace, added, changed []string) {
	if a == nil || len(added)+len(changed) == 0 {
		return
	}
	d := &a.digital
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.keys == nil {
		d.keys = map[order.Marketplace][]string{}
	}
	d.keys[m] = append(append(d.keys[m], added...), changed...)
}

// runDigital is the digital pass after a sync run of m (the sync observer, in the sync's own
// goroutine, so headless `sync --once` has mailed and dispatched before it exits).
func (a *App) runDigital(m order.Marketplace) {
	if a == nil {
		return
	}
	d := &a.digital
	d.mu.Lock()
	keys := d.keys[m]
	delete(d.keys, m)
	d.mu.Unlock()
	a.digitalPass(keys, func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.keys == nil {
			d.keys = map[order.Marketplace][]string{}
		}
		d.keys[m] = append(keys, d.keys[m]...) // a failed pass plans them next time
	})
}

// kickDigital starts a digital pass in the background (after the seller's decision, new codes,
// new settings): a resend leaves now, not at the next sync.
func (a *App) kickDigital() {
	d := &a.digital
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		a.digitalPass(nil, nil)
	}()
}

// DigitalPass runs one digital pass now and returns its report (the doors and tests).
func (a *App) DigitalPass(ctx context.Context, keys []string) (digital.Report, error) {
	rep, err := a.digital.runner.Run(ctx, keys)
	a.recordDigital(rep, err)
	return rep, err
}

func (a *App) digitalPass(keys []string, failed func()) {
	ctx, cancel := context.WithTimeout(a.baseCtx, digitalRunTimeout)
	defer cancel()
	_, err := a.DigitalPass(ctx, keys)
	if err != nil && failed != nil {
		failed()
	}
}

// recordDigital keeps the last report and tells the UI.
func (a *App) recordDigital(rep digital.Report, err error) {
	d := &a.digital
	d.mu.Lock()
	d.last, d.lastAt, d.lastErr = rep, a.cfg.Now(), ""
	if err != nil {
		d.lastErr = "디지털 상품 발송을 처리하지 못했습니다. 다음 동기화 때 다시 시도합니다."
	}
	var pools []string
	for _, w := range rep.LowStock {
		pools = append(pools, fmt.Sprintf("%s:%d", w.Product, w.Available))
	}
	low := strings.Join(pools, ",")
	lowChanged := low != d.lowStock
	d.lowStock = low
	d.mu.Unlock()
	if err != nil {
		a.log.Error("digital run", "err", err)
	}
	if rep.Planned+rep.Held+rep.Sent+rep.Failed+rep.Unknown+rep.Canceled+rep.Recovered+rep.Market+rep.Confirmed > 0 || rep.Stopped != "" {
		a.log.Info("digital run", "planned", rep.Planned, "held", rep.Held, "sent", rep.Sent, "failed", rep.Failed,
			"unknown", rep.Unknown, "canceled", rep.Canceled, "market", rep.Market, "confirmed", rep.Confirmed, "stopped", rep.Stopped != "")
		a.events.Emit(EventDigitalChanged, rep)
	}
	if lowChanged && len(rep.LowStock) > 0 {
		a.events.Emit(EventDigitalLowStock, rep.LowStock)
	}
}

// digitalMarket is the runner's marketplace step (digital.Marketplace) over the write pipeline.
type digitalMarket struct{ a *App }

// nothingChunk bounds one 배송없음 run of the pipeline (fulfil.MaxSelection).
const nothingChunk = 500

// DispatchNothing acknowledges (발주확인) the orders still 신규주문, then dispatches them as
// 배송없음; both are writes of the one pipeline, which reads back before it sends again.
func (m digitalMarket) DispatchNothing(ctx context.Context, keys []string) []digital.MarketResult {
	var out []digital.MarketResult
	for chunk := range slices.Chunk(keys, nothingChunk) {
		out = append(out, m.dispatchNothing(ctx, chunk)...)
	}
	return out
}

func (m digitalMarket) dispatchNothing(ctx context.Context, keys []string) []digital.MarketResult {
	a := m.a
	retryAll := func(note string) []digital.MarketResult {
		out := make([]digital.MarketResult, len(keys))
		for i, k := range keys {
			out[i] = digital.MarketResult{Key: k, Retry: true, Note: note}
		}
		return out
	}
	ships, err := a.store.Shipments(ctx, keys)
	if err != nil {
		a.log.Error("digital: read shipments for 배송없음", "err", err)
		return retryAll("주문을 읽지 못해 발송처리를 다음에 다시 시도합니다.")
	}
	var ack []string
	for i := range ships {
		if s := &ships[i]; s.Status == order.StatusPaid && (s.Claim == nil || !s.Claim.Open) {
			ack = append(ack, s.Key())
		}
	}
	if len(ack) > 0 {
		if _, err := a.fulfil.Acknowledge(ctx, ack, "auto"); err != nil {
			a.log.Warn("digital: acknowledge before 배송없음", "err", err)
		}
	}
	res, err := a.fulfil.DispatchNothing(ctx, keys, "auto")
	if err != nil {
		a.log.Error("digital: 배송없음", "err", err)
		return retryAll(SellerMessage(err))
	}
	out := make([]digital.MarketResult, 0, len(res.Items))
	for _, it := range res.Items {
		r := digital.MarketResult{Key: it.Key, Note: it.Message}
		switch it.Result {
		case fulfil.OK:
			r.Done, r.Note = true, "배송없음으로 발송처리했습니다."
		case fulfil.Skipped:
			s, err := a.store.Shipment(ctx, it.Key)
			switch {
			case err != nil:
				r.Retry = true
			case s.Status.Dispatched() && s.TrackingNumber == "":
				r.Done, r.Note = true, "이미 발송처리되어 있습니다."
			case s.Claim != nil && s.Claim.Open:
				r.Retry = true // a claim in the way: once it is withdrawn the order goes
			}
		case fulfil.Pending, fulfil.Unknown:
			r.Retry = true // the next run reads it back before anything is sent again
		case fulfil.Failed:
			r.Retry = it.Code == "" // not sent, or not answered: again; refused by the marketplace: the seller
		}
		out = append(out, r)
	}
	return out
}

// ReadBack reads the shipments again from their marketplaces through the sync's checked path.
func (m digitalMarket) ReadBack(ctx context.Context, keys []string) map[string]order.Shipment {
	byMarket := map[order.Marketplace][]string{}
	for _, k := range keys {
		mk, id, err := order.SplitKey(k)
		if err == nil {
			byMarket[mk] = append(byMarket[mk], id)
		}
	}
	ms := make([]order.Marketplace, 0, len(byMarket))
	for mk := range byMarket {
		ms = append(ms, mk)
	}
	out := map[string]order.Shipment{}
	mks, err := m.a.writeMarkets(ctx, ms)
	if err != nil {
		m.a.log.Warn("digital: open the marketplaces to read again", "err", err)
		return out
	}
	for mk, ids := range byMarket {
		if c := mks[mk]; c.ReadBack != nil && c.Unavailable == "" {
			got, failed := c.ReadBack(ctx, ids)
			for k, s := range got {
				out[k] = s
			}
			if len(failed) > 0 {
				m.a.log.Info("digital: some orders could not be read again", "market", mk, "count", len(failed))
			}
		}
	}
	return out
}

// afterRestore guards the deliveries after a restore of an older backup (digital.AfterRestore).
func (a *App) afterRestore(ctx context.Context) {
	keys, err := digital.AfterRestore(ctx, a.store, a.cfg.Now())
	if err != nil {
		a.log.Error("digital: guard after restore", "err", err)
		return
	}
	if len(keys) > 0 {
		a.log.Warn("digital: deliveries held after a restore", "count", len(keys))
		a.startNotice += fmt.Sprintf(" 디지털 상품 메일 %d건은 백업 이후에 이미 보냈을 수 있어 자동으로 보내지 않습니다. 디지털 발송 화면에서 확인하세요.", len(keys))
	}
}

var _ digital.Marketplace = digitalMarket{}

// deliveryBadges are the board's badges of a page of rows.
func (a *App) deliveryBadges(ctx context.Context, keys []string) map[string]store.DeliveryBadge {
	b, err := a.store.DeliveryBadges(ctx, keys)
	if err != nil {
		a.log.Warn("digital: delivery badges", "err", err)
		return nil
	}
	return b
}
