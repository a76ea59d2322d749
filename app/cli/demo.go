package cli

import (
	"context"
	"fmt"
	"os"

	"sellerdesk/app"
	"sellerdesk/backend/marketsim"
)

// runDemo is `sellerdesk demo`: the app on a fresh data folder, wired to simulated Naver and
// Coupang on this PC, with orders arriving every minute. No keys, no network.
func runDemo(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("demo", env, "가상 마켓으로 체험합니다 / the demo on simulated marketplaces")
	serve := fs.Bool("serve", false, "창 대신 브라우저로 엽니다 / the browser door instead of the window")
	addr := fs.String("addr", "127.0.0.1:8765", "--serve의 듣는 주소 / listen address with --serve")
	seed := fs.Uint64("seed", 0, "가상 주문의 시드 / seed of the simulated orders (0: fixed default)")
	if code, stop := parse(fs, args); stop {
		return code
	}
	dir := *dataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "sellerdesk-demo-*")
		if err != nil {
			fmt.Fprintf(env.Stderr, "임시 폴더를 만들지 못했습니다 / cannot create a temporary folder: %v\n", err)
			return exitFailure
		}
		dir = tmp
		defer os.RemoveAll(tmp)
	}
	// The browser door may not change the API addresses (serve.go); the window may.
	a, cfg, closeApp, ok := openApp(ctx, dir, env, !*serve, func(c *app.Config) {
		c.APIURLsLocked = *serve
		c.Keyring = nil // the demo's keys are the simulators': never in the seller's keyring
	})
	if !ok {
		return exitFailure
	}
	defer closeApp()

	demo, err := marketsim.StartDemo(ctx, marketsim.DemoOptions{Seed: *seed, Logger: cfg.Logger})
	if err != nil {
		fmt.Fprintf(env.Stderr, "가상 마켓을 시작하지 못했습니다 / cannot start the simulated marketplaces: %v\n", err)
		return exitFailure
	}
	defer demo.Stop()
	settings := app.Settings{
		Naver: app.NaverKeys{ClientID: demo.NaverClientID, ClientSecret: demo.NaverClientSecret, BaseURL: demo.NaverBaseURL},
		Coupang: app.CoupangKeys{VendorID: demo.CoupangVendorID, AccessKey: demo.CoupangAccessKey,
			SecretKey: demo.CoupangSecretKey, BaseURL: demo.CoupangBaseURL},
		SyncIntervalMinutes: app.MinSyncInterval, NaverLookbackDays: 7, CoupangWindowDays: 14,
	}
	if err := a.PutSettings(ctx, settings); err != nil {
		fmt.Fprintf(env.Stderr, "데모 설정을 저장하지 못했습니다 / cannot save the demo settings: %v\n", err)
		return exitFailure
	}
	// stdout carries one URL only (the browser door's line, which scripts look for); the
	// simulators' addresses go to stderr
	fmt.Fprintln(env.Stdout, "데모: 가상 네이버와 가상 쿠팡에 연결했습니다. 새 주문이 1분마다 들어옵니다. / demo on simulated marketplaces")
	fmt.Fprintf(env.Stdout, "데이터 폴더 / data folder: %s\n", dir)
	fmt.Fprintf(env.Stderr, "simulated naver %s, coupang %s\n", demo.NaverBaseURL, demo.CoupangBaseURL)
	if *serve {
		return serveUI(ctx, a, cfg.Logger, *addr, nil, env)
	}
	// The window opens its own App on the same folder: this one must let the file go first.
	if err := a.Close(); err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	if err := app.RunDesktop(ctx, cfg, app.DesktopOptions{Assets: env.Assets, Icon: env.Icon}); err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	return 0
}
