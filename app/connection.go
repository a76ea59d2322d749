package app

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// connectionTimeout bounds the settings screen's connection test.
const connectionTimeout = 20 * time.Second

// Connection check names: what a connection test proves, one by one.
const (
	CheckToken      = "token"      // Naver: a token is issued for the application id and secret
	CheckSignature  = "signature"  // Coupang: the access key and the HMAC signature are accepted
	CheckIP         = "ip"         // this PC's public IP is allowed to read orders
	CheckPermission = "permission" // the keys may read this seller's orders
)

// Check states.
const (
	CheckOK      = "ok"
	CheckFailed  = "failed"
	CheckSkipped = "skipped" // not reached: an earlier check failed
)

// ConnectionCheck is one thing a connection test proves, in the seller's words.
type ConnectionCheck struct {
	Name    string `json:"name"`
	Label   string `json:"label"`
	State   string `json:"state"`
	Message string `json:"message"`
}

// ConnectionResult is the outcome of a connection test, in the seller's words: a summary and the
// checks one by one.
type ConnectionResult struct {
	Market  order.Marketplace `json:"market"`
	OK      bool              `json:"ok"`
	Message string            `json:"message"`
	Checks  []ConnectionCheck `json:"checks"`
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
		res.Checks, failure = testNaver(ctx, mk.naver, built)
	case order.Coupang:
		res.Checks, failure = testCoupang(ctx, mk.coupang, s.Coupang.VendorID, built)
	}
	res.TookMs = time.Since(start).Milliseconds()
	res.OK = failure == nil
	if failure != nil {
		d.app.log.Warn("connection test failed", "market", m, "err", failure)
		res.Message = m.Label() + " 연결 테스트에 실패했습니다."
		for _, c := range res.Checks {
			if c.State == CheckFailed {
				res.Message = c.Message
				break
			}
		}
		return res, nil
	}
	d.app.log.Info("connection test passed", "market", m, "ms", res.TookMs)
	res.Message = m.Label() + " API에 연결되었습니다. 키, 이 PC의 IP, 주문 조회 권한이 모두 정상입니다."
	return res, nil
}

// checkList builds the checks of a test; every check starts as skipped.
type checkList []ConnectionCheck

func newCheckList(names ...string) checkList {
	labels := map[string]string{CheckToken: "인증 토큰 (애플리케이션 ID·시크릿)", CheckSignature: "API 키·서명",
		CheckIP: "이 PC의 IP 허용", CheckPermission: "주문 조회 권한"}
	l := make(checkList, len(names))
	for i, n := range names {
		l[i] = ConnectionCheck{Name: n, Label: labels[n], State: CheckSkipped, Message: "앞 단계가 실패해 확인하지 못했습니다."}
	}
	return l
}

func (l checkList) set(name, state, msg string) {
	for i := range l {
		if l[i].Name == name {
			l[i].State, l[i].Message = state, msg
		}
	}
}

// testNaver gets a fresh token with c (built: the error of building it), then reads one minute
// of the changed-statuses feed.
func testNaver(ctx context.Context, c *naver.Client, built error) ([]ConnectionCheck, error) {
	checks := newCheckList(CheckToken, CheckIP, CheckPermission)
	if built != nil {
		checks.set(CheckToken, CheckFailed, SellerMessage(built))
		return checks, built
	}
	if err := c.CheckAccess(ctx); err != nil {
		if naver.IsIPNotAllowed(err) {
			checks.set(CheckIP, CheckFailed, naver.SellerMessage(err))
			checks.set(CheckToken, CheckSkipped, "IP가 허용되지 않아 네이버가 인증 토큰을 발급하지 않았습니다.")
		} else {
			checks.set(CheckToken, CheckFailed, naver.SellerMessage(err))
		}
		return checks, err
	}
	checks.set(CheckToken, CheckOK, "인증 토큰이 발급되었습니다. 애플리케이션 ID와 시크릿, PC 시계가 정상입니다.")
	to := c.ServerNow()
	_, err := c.ChangedStatusesPage(ctx, naver.ChangedStatusesQuery{From: to.Add(-time.Minute), To: to, Limit: 1})
	var ae *naver.APIError
	switch {
	case err == nil:
		checks.set(CheckIP, CheckOK, "이 PC의 IP에서 주문을 조회할 수 있습니다.")
		checks.set(CheckPermission, CheckOK, "주문 조회 권한이 있습니다.")
	case naver.IsIPNotAllowed(err):
		checks.set(CheckIP, CheckFailed, "인증 토큰은 발급되지만 주문 조회는 IP 때문에 거절되었습니다. "+naver.SellerMessage(err))
	case errors.As(err, &ae) && (ae.IsAuth() || ae.IsNotFound() || ae.HTTPStatus == http.StatusForbidden):
		checks.set(CheckIP, CheckOK, "이 PC의 IP는 허용되어 있습니다.")
		msg := "방금 발급된 토큰으로도 주문 조회가 거절되었습니다. 커머스API센터 › 애플리케이션 › API 그룹에 '주문'이 추가되어 있는지 확인하세요."
		if ae.TraceID != "" {
			msg += " (문의 시 추적번호: " + ae.TraceID + ")"
		}
		checks.set(CheckPermission, CheckFailed, msg)
	default:
		msg := "주문을 조회하지 못했습니다: " + naver.SellerMessage(err)
		checks.set(CheckIP, CheckSkipped, msg)
		checks.set(CheckPermission, CheckFailed, msg)
	}
	return checks, err
}

// testCoupang reads today's order sheets once with c (built: the error of building it) and sorts
// the answer into the three checks.
func testCoupang(ctx context.Context, c *coupang.Client, vendorID string, built error) ([]ConnectionCheck, error) {
	checks := newCheckList(CheckSignature, CheckIP, CheckPermission)
	if built != nil {
		checks.set(CheckSignature, CheckFailed, SellerMessage(built))
		return checks, built
	}
	err := c.CheckConnection(ctx)
	msg := coupang.SellerMessage(err)
	var ae *coupang.APIError
	switch {
	case err == nil:
		checks.set(CheckSignature, CheckOK, "쿠팡이 API 키와 서명을 받아들였습니다. PC 시계도 정상입니다.")
		checks.set(CheckIP, CheckOK, "이 PC의 IP에서 주문을 조회할 수 있습니다.")
		checks.set(CheckPermission, CheckOK, "업체코드의 오늘 주문을 조회할 수 있습니다.")
	case coupang.IsKeyExpired(err) || coupang.IsSignatureOrClock(err):
		checks.set(CheckSignature, CheckFailed, msg)
	case coupang.IsIPNotAllowed(err) || coupang.IsTemporaryBlock(err):
		checks.set(CheckSignature, CheckSkipped, "IP가 막혀 서명까지 확인하지 못했습니다.")
		checks.set(CheckIP, CheckFailed, msg)
	case errors.As(err, &ae) && (ae.HTTPStatus == http.StatusNotFound ||
		(ae.HTTPStatus == http.StatusBadRequest && strings.Contains(strings.ToLower(ae.Message), "vendor"))):
		checks.set(CheckSignature, CheckOK, "쿠팡이 API 키와 서명을 받아들였습니다.")
		checks.set(CheckIP, CheckOK, "이 PC의 IP는 허용되어 있습니다.")
		checks.set(CheckPermission, CheckFailed, "이 키로 업체코드("+vendorID+")의 주문을 조회할 수 없습니다. "+
			"쿠팡 WING에서 업체코드를 확인해 그대로 입력하세요. "+msg)
	default:
		checks.set(CheckPermission, CheckFailed, "주문을 조회하지 못했습니다: "+msg)
	}
	return checks, err
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
