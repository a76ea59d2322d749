package app

import (
	"context"
	"fmt"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// connectionTimeout bounds the settings screen's connection test.
const connectionTimeout = 20 * time.Second

// ConnectionResult is the outcome of a connection test, in the seller's words.
type ConnectionResult struct {
	Market  order.Marketplace `json:"market"`
	OK      bool              `json:"ok"`
	Message string            `json:"message"`
	TookMs  int64             `json:"tookMs"`
}

// TestConnection checks the saved keys of one marketplace with one cheap call (Naver: a token;
// Coupang: one read of today's new orders). A failure is not an error of the call: the result
// says exactly what failed and what to do, in Korean.
func (d *Desk) TestConnection(market string) (ConnectionResult, error) {
	m, err := order.ParseMarketplace(market)
	if err != nil {
		return ConnectionResult{}, userErr("알 수 없는 마켓입니다: "+market, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), connectionTimeout)
	defer cancel()
	s, err := d.app.syncSettings(ctx)
	if err != nil {
		return ConnectionResult{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	res := ConnectionResult{Market: m}
	if !s.configured(m) {
		res.Message = m.Label() + " API 키가 저장되어 있지 않습니다. 키를 입력하고 저장한 뒤 연결 테스트를 누르세요."
		return res, nil
	}
	start := time.Now()
	var explain func(error) string
	switch m {
	case order.Naver:
		opts := []naver.Option{naver.WithLogger(d.app.log)}
		if s.Naver.BaseURL != "" {
			opts = append(opts, naver.WithBaseURL(s.Naver.BaseURL))
		}
		opts = append(opts, d.app.cfg.NaverOptions...)
		var c *naver.Client
		if c, err = naver.New(s.Naver.ClientID, s.Naver.ClientSecret, opts...); err == nil {
			err = c.CheckAccess(ctx)
		}
		explain = naver.SellerMessage
	case order.Coupang:
		var opts []coupang.Option
		if s.Coupang.BaseURL != "" {
			opts = append(opts, coupang.WithBaseURL(s.Coupang.BaseURL))
		}
		opts = append(opts, d.app.cfg.CoupangOptions...)
		var c *coupang.Client
		if c, err = coupang.New(s.Coupang.VendorID, s.Coupang.AccessKey, s.Coupang.SecretKey, opts...); err == nil {
			err = c.CheckConnection(ctx)
		}
		explain = coupang.SellerMessage
	}
	res.TookMs = time.Since(start).Milliseconds()
	if err != nil {
		d.app.log.Warn("connection test failed", "market", m, "err", err)
		res.Message = explain(err)
		return res, nil
	}
	d.app.log.Info("connection test passed", "market", m, "ms", res.TookMs)
	res.OK = true
	res.Message = fmt.Sprintf("%s API에 연결되었습니다. 키와 이 PC의 IP가 정상입니다.", m.Label())
	return res, nil
}

// nextRun is when the background loop of m runs next (KST), "" when no loop runs for it: the
// loop pauses one interval after each run.
func (a *App) nextRun(m order.Marketplace, lastFinished time.Time) string {
	l := &a.loops
	l.mu.Lock()
	_, running := l.triggers[m]
	l.mu.Unlock()
	if !running || lastFinished.IsZero() {
		return ""
	}
	return lastFinished.Add(a.syncInterval()).In(kst).Format("2006-01-02 15:04")
}
