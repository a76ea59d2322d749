package naver

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sellerdesk/backend/apierr"
	"strings"
	"time"
)

// Gateway error codes (common to every Naver API).
const (
	CodeAuthn        = "GW.AUTHN"
	CodeIPNotAllowed = "GW.IP_NOT_ALLOWED"
	CodeNotFound     = "GW.NOT_FOUND"
	CodeRateLimit    = "GW.RATE_LIMIT"
	CodeQuotaLimit   = "GW.QUOTA_LIMIT"
)

// APIError is an error answer from Naver: the HTTP status, Naver's code and message, and the
// GNCP-GW-Trace-ID that Naver support asks for.
type APIError struct {
	HTTPStatus int
	Code       string
	Message    string
	TraceID    string
	// Op is the call that failed, e.g. "query product orders".
	Op string
	// QuotaPeriod is the gncp-gw-quota-period header of a GW.QUOTA_LIMIT answer (e.g. "HOURS").
	QuotaPeriod string
	// InvalidInputs lists the fields Naver rejected, when it says so.
	InvalidInputs []InvalidInput
}

// InvalidInput is one rejected field of a 400 answer.
type InvalidInput struct {
	Name    string `json:"name"`
	Type    string `json:"type"`
	Message string `json:"message"`
}

func (e *APIError) Error() string {
	return apierr.Text{Client: "naver", Op: e.Op, Status: e.HTTPStatus, Code: e.Code, Message: e.Message,
		TraceName: "trace", Trace: e.TraceID}.String()
}

// IsIPNotAllowed: this PC's public IP is not registered for the application (403 GW.IP_NOT_ALLOWED).
func (e *APIError) IsIPNotAllowed() bool {
	return e.Code == CodeIPNotAllowed || (e.HTTPStatus == http.StatusForbidden && e.Code == "")
}

// IsAuth: the token or the credentials were refused (401 GW.AUTHN, or the token endpoint refusing
// the signature).
func (e *APIError) IsAuth() bool {
	return e.Code == CodeAuthn || e.HTTPStatus == http.StatusUnauthorized
}

// IsRateLimit: too many calls per second (429 GW.RATE_LIMIT). Waiting a little and trying again is fine.
func (e *APIError) IsRateLimit() bool {
	return e.Code == CodeRateLimit || (e.HTTPStatus == http.StatusTooManyRequests && e.Code != CodeQuotaLimit)
}

// IsQuota: the application's per-period quota is used up (429 GW.QUOTA_LIMIT). Stop; do not retry.
func (e *APIError) IsQuota() bool { return e.Code == CodeQuotaLimit }

// IsServer: Naver's side failed (5xx). Reads may be retried; writes must be read back.
func (e *APIError) IsServer() bool { return e.HTTPStatus >= 500 }

// IsNotFound: the API path is not registered at the gateway (404 GW.NOT_FOUND).
func (e *APIError) IsNotFound() bool {
	return e.Code == CodeNotFound || e.HTTPStatus == http.StatusNotFound
}

// SellerMessage explains the error to the seller in plain Korean, with what to do about it.
func (e *APIError) SellerMessage() string {
	var msg string
	switch {
	case e.IsIPNotAllowed():
		msg = "이 PC의 공인 IP가 커머스API센터에 등록되어 있지 않습니다. 애플리케이션 설정 > API 호출 IP에 추가하세요."
	case e.IsQuota():
		msg = "네이버가 이 애플리케이션의 호출 한도를 막았습니다(시간당 1회로 제한). 다시 시도해도 풀리지 않고 " +
			"제한이 길어질 수 있으니 동기화를 멈춥니다. 보통 다음 날 풀리지만 2주까지 걸렸다는 보고도 있습니다. " +
			"계속되면 커머스API센터에 문의하세요."
	case e.IsAuth():
		msg = "네이버 인증에 실패했습니다. 커머스API센터의 애플리케이션 ID와 시크릿을 그대로 다시 복사해 넣고, " +
			"이 PC의 시계(날짜·시간)가 정확한지 확인하세요."
	case e.IsRateLimit():
		msg = "네이버에 요청이 많아 잠시 거절되었습니다. 잠시 후 자동으로 다시 시도합니다."
	case e.IsServer():
		msg = "네이버 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도하세요."
	case e.IsNotFound():
		msg = "네이버가 이 기능을 찾지 못했습니다. 커머스API센터에서 애플리케이션에 '주문' API 그룹이 켜져 있는지 확인하세요."
	case e.HTTPStatus == http.StatusBadRequest:
		msg = "네이버가 요청을 거절했습니다"
		if e.Message != "" {
			msg += ": " + e.Message
		}
		msg += ". 입력한 값을 확인하세요."
	default:
		msg = "네이버 API 호출에 실패했습니다"
		if e.Message != "" {
			msg += ": " + e.Message
		}
		msg += "."
	}
	if e.TraceID != "" {
		msg += " (문의 시 추적번호: " + e.TraceID + ")"
	}
	return msg
}

// TokenCause is why Naver refused to issue a token.
type TokenCause string

const (
	// TokenCauseKey: the application id or secret (its signature) was refused.
	TokenCauseKey TokenCause = "key"
	// TokenCauseClock: the PC clock is off (the timestamp was later than Naver's clock, or older
	// than 5 minutes).
	TokenCauseClock TokenCause = "clock"
	// TokenCauseIP: this PC's public IP is not registered for the application.
	TokenCauseIP TokenCause = "ip"
)

// TokenError says Naver refused to issue a token (400/403, or 401 from older gateways), or the
// client did not ask because the PC clock is known to be too far off. None of these clear up by
// themselves: the seller must act, so callers must not retry on an interval.
type TokenError struct {
	Cause TokenCause
	// Skew is Naver's clock minus the PC's (negative: the PC is fast), when SkewKnown.
	Skew      time.Duration
	SkewKnown bool
	// API is Naver's answer; nil when the client refused locally (clock known to be off).
	API *APIError
}

func (e *TokenError) Error() string {
	s := "naver: issue token: refused (" + string(e.Cause) + ")"
	if e.SkewKnown {
		s += fmt.Sprintf(", Naver clock minus PC clock %s", e.Skew)
	}
	if e.API != nil {
		s += ": " + e.API.Error()
	}
	return s
}

func (e *TokenError) Unwrap() error {
	if e.API == nil {
		return nil
	}
	return e.API
}

// SellerMessage explains the refusal and its fix in Korean.
func (e *TokenError) SellerMessage() string {
	var msg string
	switch e.Cause {
	case TokenCauseClock:
		msg = "이 PC의 시계가 맞지 않아 네이버가 인증을 거절했습니다."
		if e.SkewKnown {
			way := "빠릅니다"
			if e.Skew > 0 {
				way = "느립니다"
			}
			msg = fmt.Sprintf("이 PC의 시계가 네이버 서버 시각보다 %s %s. 네이버는 시각이 맞지 않는 인증 요청을 거절합니다.",
				koreanDuration(e.Skew.Abs()), way)
		}
		msg += " Windows: 설정 › 시간 및 언어 › 날짜 및 시간에서 '자동으로 시간 설정'을 켜고 '지금 동기화'를 누른 뒤 다시 시도하세요."
	case TokenCauseIP:
		msg = "이 PC의 공인 IP가 커머스API센터에 등록되어 있지 않아 네이버가 인증을 거절했습니다. " +
			"커머스API센터 › 애플리케이션 › API 호출 IP에 이 PC의 공인 IP를 추가하세요."
	default:
		msg = "네이버가 애플리케이션 ID 또는 시크릿을 받아들이지 않았습니다(인증 토큰 발급 거절). " +
			"커머스API센터 › 애플리케이션에서 애플리케이션 ID와 시크릿을 그대로 복사해 설정에 다시 넣고 저장하세요."
	}
	if e.API != nil && e.API.TraceID != "" {
		msg += " (문의 시 추적번호: " + e.API.TraceID + ")"
	}
	return msg
}

// koreanDuration writes d as "3분 20초", "45초" (whole seconds, at least 1초).
func koreanDuration(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d < time.Second:
		return "1초 미만"
	case d < time.Minute:
		return fmt.Sprintf("%d초", int(d/time.Second))
	case d < time.Hour:
		m, s := int(d/time.Minute), int(d%time.Minute/time.Second)
		if s == 0 {
			return fmt.Sprintf("%d분", m)
		}
		return fmt.Sprintf("%d분 %d초", m, s)
	}
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	if m == 0 {
		return fmt.Sprintf("%d시간", h)
	}
	return fmt.Sprintf("%d시간 %d분", h, m)
}

// tokenRefusal classifies a token endpoint's error answer; nil when it is not a refusal of the
// request itself (a quota, a rate limit, a server error, an unknown path).
func tokenRefusal(e *APIError) *TokenError {
	switch {
	case e.IsQuota() || e.IsRateLimit() || e.IsServer() || e.IsNotFound():
		return nil
	case e.IsIPNotAllowed():
		return &TokenError{Cause: TokenCauseIP, API: e}
	case e.HTTPStatus != http.StatusBadRequest && e.HTTPStatus != http.StatusUnauthorized && e.HTTPStatus != http.StatusForbidden:
		return nil
	}
	// The page documents no code values: the rejected field (invalidInputs) or the wording
	// tells a clock refusal from a key refusal.
	clock := strings.Contains(strings.ToLower(e.Message), "timestamp")
	for _, in := range e.InvalidInputs {
		clock = clock || strings.EqualFold(in.Name, "timestamp") || strings.Contains(strings.ToLower(in.Message), "timestamp")
	}
	if clock {
		return &TokenError{Cause: TokenCauseClock, API: e}
	}
	return &TokenError{Cause: TokenCauseKey, API: e}
}

// IsTokenRefused reports whether err (anywhere in its chain) is Naver refusing a token: keys,
// clock or IP. The seller must act; retrying on an interval only repeats the refusal.
func IsTokenRefused(err error) bool {
	var te *TokenError
	return errors.As(err, &te)
}

// OutcomeUnknownError says a write (발주확인/발송처리) may or may not have been applied: the call
// timed out, Naver answered 5xx, or the answer was cut off. The caller must read the product
// orders back (QueryProductOrders) before doing anything else with them; the client never retries it.
type OutcomeUnknownError struct {
	Op              string
	ProductOrderIDs []string
	TraceID         string
	Err             error
}

func (e *OutcomeUnknownError) Error() string {
	s := fmt.Sprintf("naver: %s: outcome unknown for %d product orders", e.Op, len(e.ProductOrderIDs))
	if e.TraceID != "" {
		s += " (trace " + e.TraceID + ")"
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *OutcomeUnknownError) Unwrap() error { return e.Err }

// SellerMessage explains the situation to the seller in Korean.
func (e *OutcomeUnknownError) SellerMessage() string {
	return fmt.Sprintf("네이버가 %d건의 처리 결과를 알려주지 않았습니다. 이미 처리되었을 수 있으니 주문을 다시 불러와 상태를 확인한 뒤 진행하세요.",
		len(e.ProductOrderIDs))
}

// DecodeError says Naver's answer could not be read (cut off or not the documented shape).
type DecodeError struct {
	Op      string
	TraceID string
	Err     error
}

func (e *DecodeError) Error() string {
	s := "naver: " + e.Op + ": cannot read the answer"
	if e.TraceID != "" {
		s += " (trace " + e.TraceID + ")"
	}
	return s + ": " + e.Err.Error()
}

func (e *DecodeError) Unwrap() error { return e.Err }

// RequestError is a caller mistake the client refuses before calling Naver (e.g. a window over 24 h).
type RequestError struct {
	Op     string
	Reason string
}

func (e *RequestError) Error() string { return "naver: " + e.Op + ": " + e.Reason }

// AsAPIError returns the *APIError in err's chain, if any.
func AsAPIError(err error) (*APIError, bool) {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae, true
	}
	return nil, false
}

// IsIPNotAllowed reports whether err (anywhere in its chain) is a 403 GW.IP_NOT_ALLOWED.
func IsIPNotAllowed(err error) bool { ae, ok := AsAPIError(err); return ok && ae.IsIPNotAllowed() }

// IsAuth reports whether err is an authentication failure.
func IsAuth(err error) bool { ae, ok := AsAPIError(err); return ok && ae.IsAuth() }

// RateLimitError is a 429 GW.RATE_LIMIT that the client's retries did not outlast: wait
// RetryAfter (0: Naver named no wait) before calling again. The same type as coupang's.
type RateLimitError struct {
	RetryAfter time.Duration
	Err        *APIError
}

func (e *RateLimitError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("%s; retry after %s", e.Err.Error(), e.RetryAfter)
	}
	return e.Err.Error()
}

func (e *RateLimitError) Unwrap() error { return e.Err }

// IsRateLimit reports whether err is a 429 GW.RATE_LIMIT.
func IsRateLimit(err error) bool { ae, ok := AsAPIError(err); return ok && ae.IsRateLimit() }

// RetryAfter is how long Naver asked to be left alone after a rate-limit error, 0 otherwise.
func RetryAfter(err error) time.Duration {
	var e *RateLimitError
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}

// IsQuota reports whether err is a 429 GW.QUOTA_LIMIT (stop, do not retry).
func IsQuota(err error) bool { ae, ok := AsAPIError(err); return ok && ae.IsQuota() }

// IsServer reports whether err is a Naver 5xx.
func IsServer(err error) bool { ae, ok := AsAPIError(err); return ok && ae.IsServer() }

// IsNotFound reports whether err is a 404: a path or a product order Naver does not know.
func IsNotFound(err error) bool { ae, ok := AsAPIError(err); return ok && ae.IsNotFound() }

// IsOutcomeUnknown reports whether err says a write may have been applied.
func IsOutcomeUnknown(err error) bool {
	var oe *OutcomeUnknownError
	return errors.As(err, &oe)
}

// SellerMessage explains any error from this package to the seller in Korean.
func SellerMessage(err error) string {
	var oe *OutcomeUnknownError
	if errors.As(err, &oe) {
		return oe.SellerMessage()
	}
	var te *TokenError
	if errors.As(err, &te) {
		return te.SellerMessage()
	}
	if ae, ok := AsAPIError(err); ok {
		return ae.SellerMessage()
	}
	var sfe *SecretFormatError
	if errors.As(err, &sfe) {
		return "애플리케이션 시크릿 형식이 올바르지 않습니다($2a$로 시작하는 29자). 커머스API센터에서 시크릿을 그대로 다시 복사해 넣으세요."
	}
	var re *RequestError
	if errors.As(err, &re) {
		return "SellerDesk가 네이버에 보낼 요청을 만들지 못했습니다(" + re.Reason + "). 조회 기간이나 입력값을 확인하세요."
	}
	var de *DecodeError
	if errors.As(err, &de) {
		return "네이버의 응답을 읽지 못했습니다. 잠시 후 다시 시도하세요."
	}
	return "네이버와 통신하지 못했습니다. 인터넷 연결을 확인하세요."
}

// errorBody is Naver's error JSON.
type errorBody struct {
	Code          string         `json:"code"`
	Message       string         `json:"message"`
	TraceID       string         `json:"traceId"`
	InvalidInputs []InvalidInput `json:"invalidInputs"`
}

// parseAPIError builds an *APIError from an error answer; the body may be empty or not JSON.
func parseAPIError(op string, status int, header http.Header, body []byte) *APIError {
	e := &APIError{HTTPStatus: status, Op: op, TraceID: header.Get("GNCP-GW-Trace-ID"),
		QuotaPeriod: header.Get("GNCP-GW-Quota-Period")}
	var eb errorBody
	if json.Unmarshal(body, &eb) == nil {
		e.Code, e.Message, e.InvalidInputs = eb.Code, eb.Message, eb.InvalidInputs
		if e.TraceID == "" {
			e.TraceID = eb.TraceID
		}
	}
	if e.Code == "" && status == http.StatusTooManyRequests && e.QuotaPeriod != "" {
		e.Code = CodeQuotaLimit
	}
	return e
}

// SellerCentre is where the seller checks an order by hand.
const SellerCentre = "네이버 스마트스토어센터"

// SellerCentreURL is the seller centre's address.
const SellerCentreURL = "https://sell.smartstore.naver.com/"

// CodeStateRefused is the per-item code of a write refused because of the product order's state
// (a claim, a cancel, already done): read it again to learn why.
const CodeStateRefused = "9999"

// CodeSameStatus is the per-item code of a 발주확인 of a product order that is acknowledged
// already (the same status as before).
const CodeSameStatus = "105306"

// Codes of a 발송처리 refused for its delivery method (the dispatch page's error table).
const (
	// CodeNothingOrder: 배송 방법 변경 필요(배송 없음 주문) — an order of goods without delivery was
	// dispatched with a courier; it must be dispatched with deliveryMethod NOTHING.
	CodeNothingOrder = "104116"
	// CodeMethodChange: 배송 방법 변경 필요 — the method does not fit the order (e.g. NOTHING on an
	// order that ships).
	CodeMethodChange = "104117"
)

// RefusedForState reports whether Naver refused the item because of the product order's state:
// reading it back tells why (a claim, a cancel), or that it was done already.
func (f ItemFailure) RefusedForState() bool {
	switch f.Code {
	case CodeStateRefused, CodeOrderState, CodePlaceOrderState, CodeSameHope:
		return true
	}
	return false
}

// Per-item codes of the answers about one product order (claims, 발송지연).
const (
	// CodeOrderState: 상품 주문 상태 확인 필요 (the product order is not in a state for it).
	CodeOrderState = "104442"
	// CodePlaceOrderState: 발주 상태 확인 필요.
	CodePlaceOrderState = "104443"
	// CodeDueOutOfRange: 발송 기한 입력 범위 초과 (a 발송지연 date Naver does not take).
	CodeDueOutOfRange = "104105"
	// CodeNotHope: 희망일배송 상품 또는 N희망일배송 상품이 아님 (a 배송 희망일 변경 of other goods).
	CodeNotHope = "104441"
	// CodeSameHope: 기존과 동일한 희망일 배송일시 (the change names the day and hour already set:
	// reading it back tells whether it is the one asked for).
	CodeSameHope = "104446"
)

// SellerMessage explains a refused item (failProductOrderInfos) in Korean, keeping Naver's own
// words.
func (f ItemFailure) SellerMessage() string {
	var s string
	switch f.Code {
	case CodeStateRefused:
		s = "주문 상태나 취소·반품·교환 요청 때문에 네이버가 처리하지 않았습니다. 주문을 다시 불러와 확인하세요."
	case CodeNothingOrder:
		s = "배송 없음 상품의 주문이라 택배로 발송처리할 수 없습니다. 디지털 상품이면 디지털 발송 설정에 넣어 '배송없음'으로 발송처리하세요."
	case CodeMethodChange:
		s = "이 주문의 배송 방법과 맞지 않아 네이버가 거절했습니다. 택배로 보내는 상품은 운송장번호로 발송처리하세요."
	case "104118":
		s = "택배사가 빠져 네이버가 거절했습니다. 택배사를 고르세요."
	case "104119":
		s = "택배사 코드가 네이버 코드와 맞지 않습니다(롯데택배는 HYUNDAI, 로젠택배는 KGB). 택배사를 다시 고르세요."
	case "104120":
		s = "운송장번호가 빠져 네이버가 거절했습니다. 운송장번호를 입력하세요."
	case "100001":
		s = "네이버에 없는 주문입니다."
	case "104131":
		s = "같은 주문이 두 번 들어가 네이버가 거절했습니다."
	case CodeOrderState, CodePlaceOrderState:
		s = "지금 주문 상태에서는 네이버가 이 처리를 받지 않습니다. 주문을 다시 불러와 확인하세요."
	case CodeDueOutOfRange:
		s = "네이버가 받을 수 있는 발송기한 범위를 벗어났습니다. 지금 발송기한보다 늦고 너무 멀지 않은 날짜를 고르세요."
	case CodeSameStatus:
		s = "이미 같은 상태로 처리되어 있습니다."
	case CodeNotHope:
		s = "희망일배송 상품의 주문이 아니라 배송 희망일을 바꿀 수 없습니다."
	case "104444":
		s = "네이버가 받지 않는 배송 희망일입니다. 오늘 이후의 날짜를 고르세요."
	case "104445":
		s = "배송 희망일을 바꿀 수 있는 날짜를 넘었습니다. 더 가까운 날짜를 고르세요."
	case CodeSameHope:
		s = "지금 배송 희망일과 같은 날짜·시간입니다."
	case "104449":
		s = "지금은 배송 희망일을 바꿀 수 있는 기간이 아닙니다(이미 발송했거나 처리 중인 주문)."
	case "104450":
		s = "N희망일배송 상품은 희망 시간과 지역을 넣을 수 없습니다. 날짜만 바꾸세요."
	case "104138":
		s = "네이버가 배송 희망일을 바꾸지 못했습니다."
	default:
		s = "네이버가 처리하지 않았습니다."
	}
	return apierr.Quote(s, "네이버", f.Message)
}
