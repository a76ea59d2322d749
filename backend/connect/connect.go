// Package connect is the settings screen's connection test: what one real order read with a
// marketplace's keys proves, check by check (the keys or the signature, this PC's IP, the
// permission to read orders), each in the seller's words. Naver can refuse order calls by IP while
// it still issues tokens, so a token alone proves nothing.
package connect

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/usererr"
)

// Check names: what a connection test proves, one by one.
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

// Check is one thing a connection test proves, in the seller's words.
type Check struct {
	Name    string `json:"name"`
	Label   string `json:"label"`
	State   string `json:"state"`
	Message string `json:"message"`
}

// Failed is the message of the first failed check, "" when none failed.
func Failed(checks []Check) string {
	for _, c := range checks {
		if c.State == CheckFailed {
			return c.Message
		}
	}
	return ""
}

// sellerMessage is the Korean sentence of an error building a client.
func sellerMessage(err error) string {
	if k, ok := usererr.Korean(err); ok {
		return k
	}
	return "처리 중 오류가 발생했습니다. 잠시 후 다시 시도하고, 계속되면 로그 파일을 확인하세요."
}

// checkList builds the checks of a test; every check starts as skipped.
type checkList []Check

func newCheckList(names ...string) checkList {
	labels := map[string]string{CheckToken: "인증 토큰 (애플리케이션 ID·시크릿)", CheckSignature: "API 키·서명",
		CheckIP: "이 PC의 IP 허용", CheckPermission: "주문 조회 권한"}
	l := make(checkList, len(names))
	for i, n := range names {
		l[i] = Check{Name: n, Label: labels[n], State: CheckSkipped, Message: "앞 단계가 실패해 확인하지 못했습니다."}
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

// Naver gets a fresh token with c (built: the error of building it), then reads one minute
// of the changed-statuses feed.
func Naver(ctx context.Context, c *naver.Client, built error) ([]Check, error) {
	checks := newCheckList(CheckToken, CheckIP, CheckPermission)
	if built != nil {
		checks.set(CheckToken, CheckFailed, sellerMessage(built))
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

// Coupang reads today's order sheets once with c (built: the error of building it) and sorts
// the answer into the three checks.
func Coupang(ctx context.Context, c *coupang.Client, vendorID string, built error) ([]Check, error) {
	checks := newCheckList(CheckSignature, CheckIP, CheckPermission)
	if built != nil {
		checks.set(CheckSignature, CheckFailed, sellerMessage(built))
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
