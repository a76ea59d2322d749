package digital

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/order"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
)

// EnvSMTPCAFile names a PEM file of certificate authorities the SMTP server's certificate may come
// from, besides the system's (a company mail server with its own CA; the tests' mail catcher).
const EnvSMTPCAFile = "SELLERDESK_SMTP_CA_FILE"

// RunTimeout bounds one digital run (mails and the marketplace step).
const RunTimeout = 10 * time.Minute

// ServiceConfig is what the app gives digital goods.
type ServiceConfig struct {
	Store *store.Store
	// Secrets keeps the SMTP password (backend/secrets).
	Secrets secrets.Store
	// Base is the app's context: background runs end with it.
	Base context.Context
	// Env reads the environment (SELLERDESK_SMTP_PASSWORD, SELLERDESK_SMTP_CA_FILE); may be nil.
	Env         func(string) string
	MailOptions []mail.Option
	Market      Marketplace
	Now         func() time.Time
	Log         *slog.Logger
	// ConfirmEvery is how often dispatched orders are read again for 배송완료 (0: the default).
	ConfirmEvery time.Duration
	// Demo: the mails go to the demo's mail catcher.
	Demo bool
	// Changed hears a run that changed something, or a seller's decision (a zero Report);
	// LowStock hears the low pools each time their set changes. Either may be nil.
	Changed  func(Report)
	LowStock func([]StockWarning)
}

// Service runs digital goods in the app: a run after every sync run (the shipments it stored), a
// run in the background after a seller's decision, and the screen's Desk.
type Service struct {
	cfg     ServiceConfig
	runner  *Runner
	monitor Monitor
	desk    *Desk
	wg      sync.WaitGroup
}

// NewService builds the runner and the desk.
func NewService(cfg ServiceConfig) (*Service, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	opts := slices.Clone(cfg.MailOptions)
	if path := envOf(cfg.Env, EnvSMTPCAFile); path != "" {
		if pool, err := mail.RootCAsFile(path); err != nil {
			cfg.Log.Error("smtp ca file not used; the system's authorities only", "file", path, "err", err)
		} else {
			opts = append(opts, mail.WithRootCAs(pool))
		}
	}
	s := &Service{cfg: cfg}
	st := cfg.Store
	runner, err := NewRunner(RunnerConfig{Store: st, Now: cfg.Now, Logger: cfg.Log, Market: cfg.Market, ConfirmEvery: cfg.ConfirmEvery,
		Settings: func(ctx context.Context) (Settings, error) { return LoadSettings(ctx, st) },
		Mailer:   NewMailer(cfg.Secrets, cfg.Env, opts...)})
	if err != nil {
		return nil, err
	}
	s.runner = runner
	s.desk = &Desk{Store: st, Secrets: cfg.Secrets, Env: cfg.Env, MailOptions: opts, Now: cfg.Now, Log: cfg.Log, Monitor: &s.monitor, Demo: cfg.Demo,
		Kick: s.Kick, Changed: func() { s.changed(Report{}) }}
	return s, nil
}

func envOf(env func(string) string, name string) string {
	if env == nil {
		return ""
	}
	return env(name)
}

func (s *Service) changed(rep Report) {
	if s.cfg.Changed != nil {
		s.cfg.Changed(rep)
	}
}

// Desk is the 디지털 발송 screen's service.
func (s *Service) Desk() *Desk { return s.desk }

// Note remembers shipments a sync stored (added or changed), for the run at the end of its run.
// A nil Service (no app yet) notes nothing.
func (s *Service) Note(m order.Marketplace, added, changed []string) {
	if s != nil {
		s.monitor.Note(m, added, changed)
	}
}

// AfterSync is the run after a sync run of m, in the sync's own goroutine (so headless `sync
// --once` has mailed and dispatched before it exits). A failed run plans the shipments the sync
// stored again next time.
func (s *Service) AfterSync(m order.Marketplace) {
	if s == nil {
		return
	}
	keys := s.monitor.Take(m)
	ctx, cancel := context.WithTimeout(s.cfg.Base, RunTimeout)
	defer cancel()
	if _, err := s.Run(ctx, keys); err != nil {
		s.monitor.Note(m, keys)
	}
}

// Kick starts a run in the background (after a seller's decision, new codes, new settings): a
// resend leaves now, not at the next sync.
func (s *Service) Kick() {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		ctx, cancel := context.WithTimeout(s.cfg.Base, RunTimeout)
		defer cancel()
		_, _ = s.Run(ctx, nil)
	}()
}

// Wait waits for the background runs (the app's close, tests).
func (s *Service) Wait() { s.wg.Wait() }

// Run runs one pass now (plan the given shipments and everything due), keeps its report for the
// screen and tells the listeners.
func (s *Service) Run(ctx context.Context, keys []string) (Report, error) {
	rep, err := s.runner.Run(ctx, keys)
	if err != nil {
		s.cfg.Log.Error("digital run", "err", err)
	}
	changed, lowChanged := s.monitor.Record(rep, err, s.cfg.Now())
	if changed {
		s.cfg.Log.Info("digital run", "planned", rep.Planned, "held", rep.Held, "sent", rep.Sent, "failed", rep.Failed,
			"unknown", rep.Unknown, "canceled", rep.Canceled, "market", rep.Market, "confirmed", rep.Confirmed, "stopped", rep.Stopped != "")
		s.changed(rep)
	}
	if lowChanged && s.cfg.LowStock != nil {
		s.cfg.LowStock(rep.LowStock)
	}
	return rep, err
}

// GuardRestore runs the guard after a restore of an older backup (AfterRestore) and returns the
// sentence for the seller's start notice ("" when nothing was held).
func (s *Service) GuardRestore(ctx context.Context) string {
	keys, err := AfterRestore(ctx, s.cfg.Store, s.cfg.Now())
	if err != nil {
		s.cfg.Log.Error("digital: guard after restore", "err", err)
		return ""
	}
	if len(keys) == 0 {
		return ""
	}
	s.cfg.Log.Warn("digital: deliveries held after a restore", "count", len(keys))
	return fmt.Sprintf(" 디지털 상품 메일 %d건은 백업 이후에 이미 보냈을 수 있어 자동으로 보내지 않습니다. 디지털 발송 화면에서 확인하세요.", len(keys))
}
