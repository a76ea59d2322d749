package app

import (
	"context"
	"time"

	"sellerdesk/backend/connect"
	"sellerdesk/backend/order"
)

// connectionTimeout bounds the settings screen's connection test.
const connectionTimeout = 20 * time.Second

// ConnectionResult is the outcome of a connection test, in the seller's words: a summary and the
// checks one by one.
type ConnectionResult struct {
	Market  order.Marketplace `json:"market"`
	OK      bool              `json:"ok"`
	Message string            `json:"message"`
	Checks  []connect.Check   `json:"checks"`
	TookMs  int64             `json:"tookMs"`
}

// TestConnection checks the saved keys of one marketplace with one real order read (Naver: a
// token, then a one-minute window of the changed-statuses feed; Coupang: today's order sheets)
// and reports the keys (token or signature), the IP and the permission separately. Naver can
// refuse order calls by IP while it still issues tokens, so a token alone proves nothing. A
// failure is not an error of the call: the result says what failed and what to do, in Korean.
func (d *Setup) TestConnection(market string) (ConnectionResult, error) {
	m, err := order.ParseMarketplace(market)
	if err != nil {
		return ConnectionResult{}, userErr("알 수 없는 마켓입니다: "+market, err)
	}
	ctx, cancel := context.WithTimeout(d.ctx(), connectionTimeout)
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
	mk, _, built := d.app.openMarket(m, s, freshToken)
	var failure error
	switch m {
	case order.Naver:
		res.Checks, failure = connect.Naver(ctx, mk.naver, built)
	case order.Coupang:
		res.Checks, failure = connect.Coupang(ctx, mk.coupang, s.Coupang.VendorID, built)
	}
	res.TookMs = time.Since(start).Milliseconds()
	res.OK = failure == nil
	if failure != nil {
		d.app.log.Warn("connection test failed", "market", m, "err", failure)
		res.Message = connect.Failed(res.Checks)
		if res.Message == "" {
			res.Message = m.Label() + " 연결 테스트에 실패했습니다."
		}
		return res, nil
	}
	d.app.log.Info("connection test passed", "market", m, "ms", res.TookMs)
	res.Message = m.Label() + " API에 연결되었습니다. 키, 이 PC의 IP, 주문 조회 권한이 모두 정상입니다."
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
	return lastFinished.Add(a.syncInterval()).In(order.KST()).Format("2006-01-02 15:04")
}
