// Package cli is SellerDesk's doors: the desktop window (default), serve, sync, export, print,
// dispatch, digital, settings, demo and version. A door parses its command line, opens the application
// (app.New) and calls it; it has no logic of its own. main hands off to Run.
//
//	sellerdesk [--data-dir D]          the desktop window (default)
//	sellerdesk serve [--addr A]        the same UI in a browser
//	sellerdesk sync | export | demo    headless sync, export, and the demo on simulated marketplaces
//	sellerdesk settings export|import  the settings in a file, secrets excepted
//	sellerdesk settings coupang-wing-id [set ID | clear]  the Coupang WING login id (판매 취소)
//	sellerdesk restore --from F        replace the data file by a backup (--newest: the newest good one)
//	sellerdesk version                 version and commit
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"sellerdesk/app"
	"sellerdesk/backend/secrets"
	"sellerdesk/backend/store"
)

// exitFailure is the exit code of a door that failed; exitUsage of a command line we could not
// understand.
const (
	exitFailure = 1
	exitUsage   = 2
)

// door is one front door of the program.
type door struct {
	name, summary string
	run           func(ctx context.Context, args []string, env doorEnv) int
}

// Env is what main gives the doors: the standard streams, the embedded UI and the build.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Assets is the built frontend (index.html at its root); Icon the window's icon.
	Assets fs.FS
	Icon   []byte
	// Version and Commit identify the build ("" commit: read from the build info).
	Version, Commit string
	// Keyring is the OS credential store for the secrets (main: secrets.OS); nil, or
	// SELLERDESK_KEYRING=off in the environment, keeps them in the data folder's 0600 keys file.
	Keyring secrets.Keyring
}

// EnvKeyring=off keeps the secrets out of the OS credential store (a portable install, tests
// that run the real binary).
const EnvKeyring = "SELLERDESK_KEYRING"

type doorEnv = Env

func doors() []door {
	return []door{
		{"serve", "같은 화면을 브라우저로 엽니다 / the UI in a browser", runServe},
		{"sync", "주문을 화면 없이 수집합니다 / headless sync", runSync},
		{"export", "주문을 파일로 내보냅니다 / export shipments", runExport},
		{"demo", "가상 마켓으로 체험합니다 / the demo on simulated marketplaces", runDemo},
		{"print", printSummary, runPrint},
		{"dispatch", dispatchSummary, runDispatch},
		{"claims", claimsSummary, runClaims},
		{"delay", delaySummary, runDelay},
		{"hope-delivery", hopeSummary, runHope},
		{"digital", "디지털 상품 메일 발송 내역 / digital deliveries", runDigital},
		{"settings", "설정 내보내기·가져오기 (비밀 값 제외), 쿠팡 WING 로그인 ID / settings export|import FILE, coupang-wing-id [set ID | clear]", runSettings},
		{"restore", restoreSummary, runRestore},
		{"version", "버전을 표시합니다 / print version and commit", runVersion},
	}
}

// Run runs the door args name (the desktop window without one) and returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		for _, d := range doors() {
			if d.name == args[0] {
				return d.run(ctx, args[1:], env)
			}
		}
		if args[0] == "help" {
			usage(env.Stdout)
			return 0
		}
		fmt.Fprintf(env.Stderr, "알 수 없는 명령입니다: %s / unknown command %q\n\n", args[0], args[0])
		usage(env.Stderr)
		return exitUsage
	}
	return runDesktop(ctx, args, env)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "셀러데스크 SellerDesk — 네이버 스마트스토어·쿠팡 주문 수집, 검수, 출력")
	fmt.Fprintln(w, "\nUsage:\n  sellerdesk [--data-dir DIR]        데스크톱 창 / desktop window (default)")
	for _, d := range doors() {
		fmt.Fprintf(w, "  sellerdesk %-24s %s\n", d.name+" [flags]", d.summary)
	}
	fmt.Fprintln(w, "\nEvery door takes --data-dir and --help.")
}

// flags builds a door's flag set with the flags every door shares.
func flags(name string, env doorEnv, summary string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("sellerdesk "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	dataDir := fs.String("data-dir", "", "데이터 폴더 / data folder (default: the OS user config dir + SellerDesk)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "sellerdesk %s — %s\n\nFlags:\n", name, summary)
		fs.PrintDefaults()
	}
	return fs, dataDir
}

// longHelp puts the door's help text, then what more writes (a list of codes; nil for none) and a
// blank line, before the flags in fs's usage.
func longHelp(fs *flag.FlagSet, text string, more func(w io.Writer)) {
	flagsUsage := fs.Usage
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), text)
		if more != nil {
			more(fs.Output())
			fmt.Fprintln(fs.Output())
		}
		flagsUsage()
	}
}

// parse parses a door's flags; it returns an exit code when the door should stop here.
func parse(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return exitUsage, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "알 수 없는 인자입니다 / unexpected arguments: %v\n", fs.Args())
		return exitUsage, true
	}
	return 0, false
}

func buildVersion(env Env) (string, string) {
	c := env.Commit
	if c == "" {
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" {
					c = s.Value
				}
			}
		}
	}
	if c == "" {
		c = "unknown"
	}
	v := env.Version
	if v == "" {
		v = "dev"
	}
	return v, c
}

func runVersion(_ context.Context, args []string, env doorEnv) int {
	fs, _ := flags("version", env, "버전을 표시합니다 / print version and commit")
	if code, stop := parse(fs, args); stop {
		return code
	}
	v, c := buildVersion(env)
	fmt.Fprintf(env.Stdout, "sellerdesk %s (commit %s)\n", v, c)
	return 0
}

// appConfig is the application config for a door, logging to the data folder's log file when
// toFile is set (the desktop has no terminal), else to stderr.
func appConfig(dataDir string, env doorEnv, toFile bool) (app.Config, func(), error) {
	if dataDir == "" {
		d, err := app.DefaultDataDir()
		if err != nil {
			return app.Config{}, nil, err
		}
		dataDir = d
	}
	v, c := buildVersion(env)
	cfg := app.Config{DataDir: dataDir, Version: v, Commit: c, Keyring: env.Keyring}
	if os.Getenv(EnvKeyring) == "off" {
		cfg.Keyring = nil
	}
	closeLog := func() {}
	var out io.Writer = env.Stderr
	if toFile {
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return cfg, nil, fmt.Errorf("create data folder: %w", err)
		}
		f, err := os.OpenFile(filepath.Join(dataDir, "sellerdesk.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return cfg, nil, fmt.Errorf("open log file: %w", err)
		}
		out, closeLog = f, func() { _ = f.Close() }
	}
	cfg.Logger = slog.New(slog.NewTextHandler(out, &slog.HandlerOptions{Level: slog.LevelInfo}))
	// A migration or an index rebuild at the first start after an update says how far it got.
	cfg.OpenProgress = func(p store.Progress) { fmt.Fprintln(env.Stderr, app.ProgressLine(p)) }
	return cfg, closeLog, nil
}

// openApp opens the application on a door's data folder, telling the seller in Korean (and the
// log in English) what went wrong. tweak, when set, adjusts the config first. The returned close
// releases the app and the log file; ok is false when the door must stop with exitFailure.
func openApp(ctx context.Context, dataDir string, env doorEnv, logToFile bool, tweak func(*app.Config)) (a *app.App, cfg app.Config, close func(), ok bool) {
	cfg, closeLog, err := appConfig(dataDir, env, logToFile)
	if err != nil {
		fmt.Fprintf(env.Stderr, "데이터 폴더를 준비하지 못했습니다 / cannot prepare the data folder: %v\n", err)
		return nil, cfg, nil, false
	}
	if tweak != nil {
		tweak(&cfg)
	}
	a, err = app.New(ctx, cfg)
	if err != nil {
		closeLog()
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return nil, cfg, nil, false
	}
	if n := a.StartNotice(); n != "" {
		fmt.Fprintln(env.Stderr, n)
	}
	return a, cfg, func() { _ = a.Close(); closeLog() }, true
}

func runDesktop(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("", env, "데스크톱 창 / the desktop window")
	fs.Usage = func() { usage(env.Stderr) }
	if code, stop := parse(fs, args); stop {
		return code
	}
	if app.GeneratingBindings {
		tmp, err := os.MkdirTemp("", "sellerdesk-bindings-*")
		if err != nil {
			fmt.Fprintf(env.Stderr, "cannot create a temporary folder: %v\n", err)
			return exitFailure
		}
		defer os.RemoveAll(tmp)
		*dataDir = tmp
		env.Keyring = nil // a throwaway folder: nothing of it in the keyring
	}
	cfg, closeLog, err := appConfig(*dataDir, env, true)
	if err != nil {
		fmt.Fprintf(env.Stderr, "데이터 폴더를 준비하지 못했습니다 / cannot prepare the data folder: %v\n", err)
		return exitFailure
	}
	defer closeLog()
	// A double-click while SellerDesk runs must answer at once; a restart right after closing
	// still finds the file free within this time.
	cfg.LockTimeout = 300 * time.Millisecond
	if err := app.RunDesktop(ctx, cfg, app.DesktopOptions{Assets: env.Assets, Icon: env.Icon}); err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	return 0
}
