package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	"sellerdesk/app"
	"sellerdesk/backend/digital"
	"sellerdesk/backend/mail"
	"sellerdesk/backend/mailcatcher"
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
	// The demo's mailbox: a TLS mail server on this PC that keeps what the digital goods send.
	catcher, err := mailcatcher.Start(mailcatcher.Config{Security: mailcatcher.ImplicitTLS, Username: demoMailUser, Password: demoMailPassword})
	if err != nil {
		fmt.Fprintf(env.Stderr, "데모 메일 서버를 시작하지 못했습니다 / cannot start the demo mail server: %v\n", err)
		return exitFailure
	}
	defer catcher.Close()
	// The browser door may not change the API addresses (serve.go); the window may.
	a, cfg, closeApp, ok := openApp(ctx, dir, env, !*serve, func(c *app.Config) {
		c.APIURLsLocked = *serve
		c.Keyring = nil // the demo's keys are the simulators': never in the seller's keyring
		c.MailOptions = []mail.Option{mail.WithRootCAs(catcher.RootCAs())}
		c.Mailbox, c.DigitalConfirmEvery = catcher, time.Minute
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
	if err := demoDigital(ctx, a, catcher); err != nil {
		fmt.Fprintf(env.Stderr, "데모 디지털 상품을 설정하지 못했습니다 / cannot set up the demo's digital goods: %v\n", err)
		return exitFailure
	}
	settings := app.Settings{
		Naver: app.NaverKeys{ClientID: demo.NaverClientID, ClientSecret: demo.NaverClientSecret, BaseURL: demo.NaverBaseURL},
		Coupang: app.CoupangKeys{VendorID: demo.CoupangVendorID, AccessKey: demo.CoupangAccessKey,
			SecretKey: demo.CoupangSecretKey, BaseURL: demo.CoupangBaseURL, WingUserID: demo.CoupangWingUserID},
		SyncIntervalMinutes: app.MinSyncInterval, NaverLookbackDays: 7, CoupangWindowDays: 14,
	}
	if err := a.PutSettings(ctx, settings); err != nil {
		fmt.Fprintf(env.Stderr, "데모 설정을 저장하지 못했습니다 / cannot save the demo settings: %v\n", err)
		return exitFailure
	}
	// stdout carries one URL only (the browser door's line, which scripts look for); the
	// simulators' addresses go to stderr
	fmt.Fprintln(env.Stdout, "데모: 가상 네이버와 가상 쿠팡에 연결했습니다. 새 주문이 1분마다 들어옵니다. 디지털 상품 메일은 데모 메일함으로 갑니다. / demo on simulated marketplaces")
	fmt.Fprintf(env.Stdout, "데이터 폴더 / data folder: %s\n", dir)
	fmt.Fprintf(env.Stderr, "simulated naver %s, coupang %s, mail catcher %s:%d, demo control %s\n", demo.NaverBaseURL, demo.CoupangBaseURL,
		catcher.Host(), catcher.Port(), demo.ControlURL)
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

// The demo mailbox's login (it opens nothing but the demo's own mail catcher).
const (
	demoMailUser     = "moonlight-shop"
	demoMailPassword = "demo-app-password"
)

// demoDigital marks the demo shop's digital goods (marketsim.DemoDigital) and points the mail at
// the demo's mail catcher: a licence-code font with codes to give, and a guidebook by link, which
// every other 배송 없음 order gets too.
func demoDigital(ctx context.Context, a *app.App, c *mailcatcher.Catcher) error {
	font, guide := marketsim.DemoDigital[0], marketsim.DemoDigital[1]
	s := digital.Settings{Enabled: true, AutoNothing: true, DefaultProduct: "guide",
		Products: []digital.Product{
			{ID: "font", Name: font.ProductName, Kind: digital.KindCodes, LowStock: 10, Template: digital.DefaultTemplate(digital.KindCodes),
				Match: digital.Match{SellerCodes: []string{font.SellerCode}}},
			{ID: "guide", Name: guide.ProductName, Kind: digital.KindLink, Link: "https://example.com/demo/jeju-guide.pdf",
				Template: digital.DefaultTemplate(digital.KindLink), Match: digital.Match{ProductIDs: []string{guide.ProductID}}},
		},
		SMTP: mail.Server{Preset: "naver", Host: c.Host(), Port: c.Port(), Security: mail.ImplicitTLS, Username: demoMailUser,
			From: "moonlight-shop@naver.com", FromName: "달빛 문구 (데모)"}}
	if err := digital.SaveSettings(ctx, a.Store(), s); err != nil {
		return err
	}
	if err := digital.SaveSMTPPassword(ctx, a.Secrets(), demoMailPassword); err != nil {
		return err
	}
	codes := make([]string, 40)
	for i := range codes {
		codes[i] = fmt.Sprintf("HGFONT-DEMO-%04d-%04d", 1000+i*37, 9000-i*53)
	}
	_, err := a.Store().ImportCodes(ctx, "font", codes, "demo")
	return err
}
