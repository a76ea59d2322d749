package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"sellerdesk/app"
	"sellerdesk/backend/digital"
	"sellerdesk/backend/order"
	"sellerdesk/backend/syncer"
)

// runSync is `sellerdesk sync`: the headless sync, once or on the interval until Ctrl+C.
func runSync(ctx context.Context, args []string, env doorEnv) int {
	fs, dataDir := flags("sync", env, "주문을 화면 없이 수집합니다 / headless sync")
	once := fs.Bool("once", false, "한 번만 동기화하고 끝냅니다 / sync once and exit")
	marketFlag := fs.String("market", "", "한 마켓만 / only this marketplace: naver | coupang")
	if code, stop := parse(fs, args); stop {
		return code
	}
	var markets []order.Marketplace
	named := false
	if *marketFlag != "" {
		m, err := order.ParseMarketplace(*marketFlag)
		if err != nil {
			fmt.Fprintf(env.Stderr, "알 수 없는 마켓입니다: %s (naver 또는 coupang) / unknown marketplace\n", *marketFlag)
			return exitUsage
		}
		markets, named = []order.Marketplace{m}, true
	} else {
		markets = order.AllMarketplaces()
	}
	// technical logs go to the data folder's log file: the terminal shows the progress and summary
	a, _, closeApp, ok := openApp(ctx, *dataDir, env, true, func(c *app.Config) { c.Env = os.Getenv })
	if !ok {
		return exitFailure
	}
	defer closeApp()

	configured, err := a.ConfiguredMarkets(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "설정을 읽지 못했습니다 / cannot read the settings: %v\n", err)
		return exitFailure
	}
	code := 0
	var active []order.Marketplace
	for _, m := range markets {
		if configured[m] {
			active = append(active, m)
			continue
		}
		fmt.Fprintf(env.Stdout, "%s: API 키가 없어 건너뜁니다. 설정 화면이나 %s 환경 변수로 키를 넣으세요. / %s skipped: no keys\n",
			m.Label(), envHint(m), m)
		if named {
			code = exitFailure
		}
	}
	if len(active) == 0 {
		if !named {
			fmt.Fprintln(env.Stdout, "동기화할 마켓이 없습니다. / no marketplace has keys.")
		}
		return code
	}

	progress := newProgressLine(env.Stdout)
	events, unsubscribe := a.Events().Subscribe()
	var wg sync.WaitGroup
	wg.Add(1)
	failed := map[order.Marketplace]bool{}
	var mu sync.Mutex
	go func() {
		defer wg.Done()
		for ev := range events {
			switch ev.Name {
			case app.EventSyncProgress:
				if p, ok := ev.Data.(syncer.Progress); ok {
					progress.show(fmt.Sprintf("%s %s: %d건 읽음, 새 주문 %d, 변경 %d, 호출 %d", p.Market.Label(), p.Phase, p.Fetched, p.Added, p.Changed, p.Calls))
				}
			case app.EventDigitalChanged:
				if r, ok := ev.Data.(digital.Report); ok {
					progress.done(digitalLine(r))
				}
			case app.EventDigitalLowStock:
				if ws, ok := ev.Data.([]digital.StockWarning); ok {
					for _, w := range ws {
						progress.done("디지털 상품 재고 경고: " + w.Message)
					}
				}
			case app.EventSyncFinished:
				if v, ok := ev.Data.(app.ResultView); ok {
					progress.done(summaryLine(v))
					mu.Lock()
					failed[v.Market] = !v.OK
					mu.Unlock()
				}
			}
		}
	}()

	if *once {
		_, err = a.SyncOnce(ctx, active...)
	} else {
		fmt.Fprintln(env.Stdout, "동기화를 계속합니다 (종료: Ctrl+C). / syncing on the interval until Ctrl+C")
		if err = a.StartSync(ctx, active...); err == nil {
			<-ctx.Done()
			a.StopSync()
		}
	}
	unsubscribe()
	wg.Wait()
	if err != nil {
		fmt.Fprintf(env.Stderr, "%s\n(%v)\n", app.SellerMessage(err), err)
		return exitFailure
	}
	mu.Lock()
	defer mu.Unlock()
	for _, m := range active {
		if f, ran := failed[m]; f || (!ran && *once) {
			code = exitFailure
		}
	}
	return code
}

// digitalLine is the terminal's line of a digital run.
func digitalLine(r digital.Report) string {
	line := fmt.Sprintf("디지털 상품: 메일 %d건 보냄, 보류 %d, 실패 %d, 확인 필요 %d, 배송없음 발송처리 %d, 배송완료·구매확정 확인 %d / digital: %d mailed, %d dispatched",
		r.Sent, r.Held, r.Failed, r.Unknown, r.Market, r.Confirmed, r.Sent, r.Market)
	if r.Stopped != "" {
		line += "\n  " + r.Stopped
	}
	return line
}

func envHint(m order.Marketplace) string {
	if m == order.Naver {
		return app.EnvNaverClientID + "/" + app.EnvNaverClientSecret
	}
	return app.EnvCoupangVendorID + "/" + app.EnvCoupangAccessKey + "/" + app.EnvCoupangSecretKey
}

func summaryLine(v app.ResultView) string {
	if !v.OK {
		return fmt.Sprintf("%s 동기화 실패: %s (%s, 호출 %d) / %s sync failed", v.Label, v.Error, v.Duration, v.Calls, v.Market)
	}
	line := fmt.Sprintf("%s 동기화 완료: 새 주문 %d, 변경 %d, 새 검수 알림 %d, 호출 %d, %s / %s: %d added, %d changed, %d calls",
		v.Label, v.Added, v.Changed, v.Findings, v.Calls, v.Duration, v.Market, v.Added, v.Changed, v.Calls)
	if v.Skipped > 0 {
		line += "\n  " + v.Error
	}
	return line
}

// progressLine rewrites one line on a terminal; elsewhere only the summaries are written.
type progressLine struct {
	mu   sync.Mutex
	w    io.Writer
	tty  bool
	last int
}

func newProgressLine(w io.Writer) *progressLine {
	p := &progressLine{w: w}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progressLine) show(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.tty {
		return
	}
	pad := ""
	if n := p.last - len([]rune(s)); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(p.w, "\r%s%s", s, pad)
	p.last = len([]rune(s))
}

func (p *progressLine) done(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.last > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.last))
		p.last = 0
	}
	fmt.Fprintln(p.w, s)
}
