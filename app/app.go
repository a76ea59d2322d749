// Package app is the application layer of SellerDesk: it builds the services from a config,
// owns their lifecycle, runs the sync loops, and exposes the methods the UI calls (the bound
// structs of bound.go, one per screen area). Every door — the desktop window, the browser
// (serve), the CLI — drives these same services; no door has logic of its own.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/digital"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/mail"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/prints"
	"sellerdesk/backend/retention"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
	"sellerdesk/backend/syncer"
	"sellerdesk/backend/taught"
	"sellerdesk/backend/usererr"
)

// Config is what a door knows when it starts the application.
type Config struct {
	// DataDir is the seller's data folder (store, logs). Created 0700.
	DataDir string
	// Version and Commit identify the build.
	Version, Commit string
	// Logger receives technical logs (English). Nil logs nowhere.
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// LockTimeout bounds the wait for another SellerDesk to release the data file.
	LockTimeout time.Duration
	// PasswordCost is the bcrypt cost of a new serve password (0: bcrypt.DefaultCost; tests lower it).
	PasswordCost int
	// Env, when set, lets SELLERDESK_* variables override the saved keys and API addresses
	// (os.Getenv for the doors; nil ignores the environment).
	Env func(string) string
	// APIURLsLocked refuses every change of a marketplace's API address through the settings
	// (Setup.SaveSettings): the browser door sets it unless started with --allow-api-url, so a
	// logged-in browser cannot send the saved keys elsewhere. The window leaves it off.
	APIURLsLocked bool
	// Keyring is the OS credential store that keeps the secrets (secrets.OS for the doors); nil
	// keeps them in the data folder's 0600 keys file (tests, the demo, SELLERDESK_KEYRING=off).
	Keyring secrets.Keyring
	// NaverOptions and CoupangOptions tune the marketplace clients (the demo, tests).
	NaverOptions   []naver.Option
	CoupangOptions []coupang.Option
	// OpenProgress, when set, hears how a data file migration or an index rebuild advances while
	// New opens the data folder (the doors print it; it is logged anyway).
	OpenProgress func(store.Progress)
	// MailOptions tune the digital goods' mail sender (the demo trusts its mail catcher's
	// certificate).
	MailOptions []mail.Option
	// Mailbox is the demo's mail catcher, shown in the app; nil elsewhere.
	Mailbox Mailbox
	// DigitalConfirmEvery is how often dispatched digital orders are read again for 배송완료
	// (0: 6 hours; the demo: a minute).
	DigitalConfirmEvery time.Duration
}

// App owns the store and the services built on it.
type App struct {
	cfg    Config
	log    *slog.Logger
	store  *store.Store
	vault  *secrets.Vault
	events *Events
	bound  bound
	// startNotice is a Korean sentence about what happened at start (a scheduled restore).
	startNotice string
	// passwordCost is the bcrypt cost of a new serve password (tests lower it).
	passwordCost int
	engine       *syncer.Engine
	loops        syncLoops
	// baseCtx is the app's context: UI calls and runs started without a loop use it; it ends at
	// Close.
	baseCtx    context.Context
	baseCancel context.CancelFunc
	// prints makes the lists and keeps what was printed (print.go).
	prints *prints.Service
	// fulfil is the one write pipeline to the marketplaces (writes.go).
	fulfil *fulfil.Pipeline
	// added collects the shipments a sync added, for auto-acknowledge (writes.go).
	added addedBySync
	// names is what the seller taught the option-name check (backend/taught).
	names *taught.Memory
	// retention runs the personal data retention (retention.go).
	retention *retention.Runner
	// digital mails digital goods after each sync (digital.go).
	digital *digital.Service

	closeOnce sync.Once
	closeErr  error
}

// DefaultDataDir is the OS user config dir + "SellerDesk".
func DefaultDataDir() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("app: find the user config folder: %w", err)
	}
	return filepath.Join(base, "SellerDesk"), nil
}

// New opens the data folder and builds the services. Close releases them.
func New(ctx context.Context, cfg Config) (*App, error) {
	if cfg.DataDir == "" {
		dir, err := DefaultDataDir()
		if err != nil {
			return nil, err
		}
		cfg.DataDir = dir
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.PasswordCost == 0 {
		cfg.PasswordCost = bcrypt.DefaultCost
	}
	if cfg.LockTimeout == 0 {
		cfg.LockTimeout = time.Second
	}
	notice, rerr := backups.RestorePending(ctx, cfg.DataDir)
	if rerr != nil {
		cfg.Logger.Error("scheduled restore", "err", rerr)
	} else if notice != "" {
		cfg.Logger.Info("scheduled restore done", "dir", cfg.DataDir)
	}
	progress := func(p store.Progress) {
		cfg.Logger.Info("opening the data folder", "stage", p.Stage, "done", p.Done, "total", p.Total)
		if cfg.OpenProgress != nil {
			cfg.OpenProgress(p)
		}
	}
	st, err := store.Open(ctx, cfg.DataDir, store.Options{LockTimeout: cfg.LockTimeout, Now: cfg.Now, Logger: cfg.Logger, Progress: progress})
	if err != nil {
		return nil, fmt.Errorf("app: open data folder %s: %w", cfg.DataDir, err)
	}
	backups.RemoveLeftovers(cfg.DataDir, cfg.Logger)
	if aside := setAsideNotice(st.SetAsideAtOpen(), cfg.Logger); aside != "" {
		notice = strings.TrimSpace(notice + " " + aside)
	}
	vault, err := secrets.Open(ctx, cfg.DataDir, cfg.Keyring, cfg.Logger)
	if err != nil {
		_ = st.Close()
		return nil, userErr("데이터 폴더의 키 파일("+secrets.FileName+")을 읽거나 옮기지 못했습니다. 폴더의 권한을 확인하세요.", err)
	}
	a := &App{cfg: cfg, log: cfg.Logger, store: st, vault: vault, events: NewEvents(), startNotice: notice, passwordCost: cfg.PasswordCost,
		names: taught.New(st, cfg.Now)}
	a.moveSecrets(ctx)
	if err := a.names.Load(ctx); err != nil {
		a.log.Error("learned names not loaded; flagged pairs will be flagged again", "err", err)
	}
	a.baseCtx, a.baseCancel = context.WithCancel(context.WithoutCancel(ctx))
	a.prints = prints.New(prints.Config{Store: st, Now: cfg.Now, Learned: a.learnedNames, Logger: cfg.Logger})
	a.engine, err = syncer.New(syncer.Config{Store: st, Observer: syncObserver{events: a.events, app: a}, Now: cfg.Now, Logger: cfg.Logger,
		Check: a.runChecks})
	if err != nil {
		_ = st.Close()
		return nil, fmt.Errorf("app: sync engine: %w", err)
	}
	if a.fulfil, err = a.newPipeline(); err != nil {
		_ = st.Close()
		return nil, fmt.Errorf("app: write pipeline: %w", err)
	}
	a.retention = a.newRetention()
	if a.digital, err = a.newDigital(); err != nil {
		_ = st.Close()
		return nil, fmt.Errorf("app: digital runner: %w", err)
	}
	if restored, err := backups.GuardsPending(cfg.DataDir); err != nil {
		a.log.Error("restore mark", "err", err)
	} else if restored {
		a.startNotice += a.digital.GuardRestore(ctx)
		if err := backups.RestoreDone(cfg.DataDir); err != nil {
			a.log.Error("restore mark", "err", err)
		}
	}
	a.bound = newBound(a)
	a.log.Info("data folder opened", "dir", cfg.DataDir, "version", cfg.Version)
	return a, nil
}

// Events is the application's event hub (sync progress, new shipments, new findings).
func (a *App) Events() *Events { return a.events }

// Store is the application's store, for the CLI doors and tests.
func (a *App) Store() *store.Store { return a.store }

// Secrets is where the secrets are kept (the digital goods' SMTP password: digital.SaveSMTPPassword).
func (a *App) Secrets() secrets.Store { return a.vault }

// moveSecrets moves the secrets an older version kept in the data file (or a restored backup
// brought back) into the vault, so that the data file and its backups hold none. A failure leaves
// them where they are (loadSettings still reads them) and is logged.
func (a *App) moveSecrets(ctx context.Context) {
	var s Settings
	if err := a.vault.AdoptSetting(ctx, a.store, settingsKey, &s, s.secretFields()); err != nil {
		a.log.Error("API keys not moved out of the data file", "err", err)
	}
	if err := digital.MoveSMTPPassword(ctx, a.store, a.vault); err != nil {
		a.log.Error("SMTP password not moved out of the data file", "err", err)
	}
}

// DataDir is the data folder in use.
func (a *App) DataDir() string { return a.cfg.DataDir }

// ExportsDir is the folder exported lists are saved in (0700, files 0600).
func (a *App) ExportsDir() string { return filepath.Join(a.cfg.DataDir, "exports") }

// Close stops the services and closes the store. Safe to call more than once.
func (a *App) Close() error {
	a.closeOnce.Do(func() {
		a.StopSync()
		a.baseCancel()
		a.loops.once.Wait()
		a.retention.Wait()
		a.digital.Wait()
		a.events.Close()
		if err := a.store.Close(); err != nil {
			a.closeErr = fmt.Errorf("app: close store: %w", err)
		}
	})
	return a.closeErr
}

// ProgressLine is the Korean console line of a store.Progress, for the doors.
func ProgressLine(p store.Progress) string {
	count := fmt.Sprintf("%d건", p.Done)
	if p.Total > 0 {
		count = fmt.Sprintf("%d%% (%d/%d)", p.Done*100/p.Total, p.Done, p.Total)
	}
	switch p.Stage {
	case "migrate":
		return "데이터를 새 형식으로 옮기는 중… " + count + " / migrating the data file"
	case "index":
		return "주문 색인을 만드는 중… " + count + " / building the index"
	}
	return p.Stage + " " + count
}

// SellerMessage returns the Korean sentence to show a seller for err, falling back to a generic
// one. The technical detail belongs in the log, not on the screen.
func SellerMessage(err error) string {
	var ue *UserError
	if errors.As(err, &ue) {
		return ue.Korean
	}
	// A full disk, a read-only folder, a damaged file: in their own words, not "try again later".
	if msg, ok := store.SellerMessage(err); ok {
		return msg
	}
	return "처리 중 오류가 발생했습니다. 잠시 후 다시 시도하고, 계속되면 로그 파일을 확인하세요."
}

// UserError is an error whose message is meant for the seller (Korean), with the technical cause
// for the log: the one type every layer returns (backend/usererr).
type UserError = usererr.Error

func userErr(korean string, detail error) error { return usererr.New(korean, detail) }
