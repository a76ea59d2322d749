package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"sellerdesk/app"
	"sellerdesk/app/web"
)

func runServe(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("serve", env, "같은 화면을 브라우저로 엽니다 / the UI in a browser")
	addr := fs.String("addr", "127.0.0.1:8765", "듣는 주소 / listen address (127.0.0.1 only this PC)")
	setPassword := fs.Bool("set-password", false, "표준 입력에서 새 비밀번호를 읽어 저장 / read a new login password from standard input and save it")
	allowAPIURL := fs.Bool("allow-api-url", false, "브라우저에서 API 주소 변경 허용 / let the browser change the marketplaces' API addresses (the saved keys go to that address)")
	var hostNames stringList
	fs.Var(&hostNames, "host", "이 이름으로도 접속 허용(여러 번 가능) / also answer to this host name (repeatable), e.g. a name on your network")
	if code, stop := parse(fs, args); stop {
		return code
	}
	// A logged-in browser must not point the clients (and so the saved keys) at another address
	// unless whoever started the door said so.
	a, cfg, closeApp, ok := openApp(ctx, *dataDir, env, false, func(c *app.Config) { c.APIURLsLocked = !*allowAPIURL })
	if !ok {
		return exitFailure
	}
	defer closeApp()

	if *setPassword {
		fmt.Fprintf(env.Stderr, "새 비밀번호(%d자 이상)를 입력하고 Enter / type the new password and press Enter:\n", web.MinPasswordLen)
		line, err := bufio.NewReader(env.Stdin).ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintf(env.Stderr, "비밀번호를 읽지 못했습니다 / cannot read the password: %v\n", err)
			return exitFailure
		}
		if err := web.SetPassword(ctx, a.Store(), strings.TrimRight(line, "\r\n")); err != nil {
			if rule := app.ServePasswordRule(err); rule != "" {
				fmt.Fprintf(env.Stderr, "%s / %v\n", rule, err)
				return exitUsage
			}
			fmt.Fprintf(env.Stderr, "비밀번호를 저장하지 못했습니다 / cannot save the password: %v\n", err)
			return exitFailure
		}
		fmt.Fprintln(env.Stdout, "비밀번호를 저장했습니다. / password saved.")
		return 0
	}

	return serveUI(ctx, a, cfg.Logger, *addr, hostNames, env)
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// serveUI serves the UI of an open App on addr until ctx ends, with the background sync running:
// the browser door and the demo's browser door share it. The door answers only to the names of
// addr (plus hostNames); with no password set yet, the first one needs the one-time code printed
// here, so a page elsewhere cannot claim the door first.
func serveUI(ctx context.Context, a *app.App, logger *slog.Logger, addr string, hostNames []string, env doorEnv) int {
	if err := web.ListenCheck(ctx, addr, a.Store()); err != nil {
		if errors.Is(err, web.ErrNoPasswordForNetwork) {
			fmt.Fprintf(env.Stderr, "이 PC 밖(%s)에서 접속하게 하려면 먼저 비밀번호를 정하세요: sellerdesk serve --set-password\n%v\n", addr, err)
			return exitUsage
		}
		fmt.Fprintf(env.Stderr, "주소가 올바르지 않습니다 / bad address: %v\n", err)
		return exitUsage
	}
	if env.Assets == nil {
		fmt.Fprintln(env.Stderr, "화면 파일이 없습니다 / no frontend assets")
		return exitFailure
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s 주소를 열 수 없습니다 (다른 프로그램이 사용 중일 수 있습니다) / cannot listen: %v\n", addr, err)
		return exitFailure
	}
	defer ln.Close()
	var setupCode string
	if set, err := web.PasswordSet(ctx, a.Store()); err == nil && !set {
		if setupCode, err = web.NewCode(); err != nil {
			fmt.Fprintln(env.Stderr, err)
			return exitFailure
		}
	}
	handler, err := web.New(web.Config{
		Bound:     a.Bound(),
		Events:    a.Events(),
		Assets:    env.Assets,
		Passwords: a.Store(),
		Logger:    logger,
		Hosts:     web.HostsFor(ln.Addr(), hostNames),
		SetupCode: setupCode,
		Notice:    func(s string) { fmt.Fprintln(env.Stdout, s) },
		Exports:   a.ExportsDir(),
	})
	if err != nil {
		fmt.Fprintln(env.Stderr, err)
		return exitFailure
	}
	srv, limit := web.HTTPServer(handler, web.DefaultLimits)
	if err := a.StartSync(ctx); err != nil {
		logger.Error("background sync", "err", err)
	}
	defer a.StopSync()
	if setupCode != "" {
		// The code travels in the URL's fragment: the browser keeps it, it is never sent or logged.
		fmt.Fprintf(env.Stdout, "셀러데스크가 브라우저에서 열렸습니다: http://%s/#setup=%s  (종료: Ctrl+C)\n", ln.Addr(), setupCode)
		fmt.Fprintf(env.Stdout, "처음 비밀번호를 정할 때 필요한 설정 코드 / set-up code: %s\n", setupCode)
	} else {
		fmt.Fprintf(env.Stdout, "셀러데스크가 브라우저에서 열렸습니다: http://%s  (종료: Ctrl+C)\n", ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(limit(ln)) }()
	select {
	case err := <-errc:
		fmt.Fprintf(env.Stderr, "서버가 멈췄습니다 / server stopped: %v\n", err)
		return exitFailure
	case <-ctx.Done():
	}
	a.Events().Close() // ends the event streams so Shutdown does not wait for them
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("shutdown", "err", err)
	}
	return 0
}
