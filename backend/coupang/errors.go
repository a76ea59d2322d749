package coupang

import (
	"errors"
	"fmt"
	"net/http"
	"sellerdesk/backend/apierr"
	"strings"
	"time"
)

// APIError is an answer Coupang gave with a non-success HTTP status or envelope code.
type APIError struct {
	Op            string // what the client was doing, e.g. "list order sheets"
	HTTPStatus    int
	Code          string // envelope code, e.g. "ERROR"
	Message       string
	TransactionID string
	// HTML is true when the body was an HTML page (e.g. the Akamai "Access Denied" block page).
	HTML bool
	// Path is the path that was not found (set on 404 only; it names the version and vendorId).
	Path string
}

func (e *APIError) Error() string {
	s := apierr.Text{Client: "coupang", Op: e.Op, Status: e.HTTPStatus, Code: e.Code, Message: e.Message,
		TraceName: "transactionId", Trace: e.TransactionID}.String()
	if e.Path != "" {
		s += " [" + e.Path + "]"
	}
	return s
}

// RateLimitError is a 429: stop calling for RetryAfter (minutes, not seconds).
type RateLimitError struct {
	RetryAfter time.Duration
	// Until is when calling may resume.
	Until time.Time
	Err   *APIError // nil when the client refused locally during a block
}

func (e *RateLimitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("coupang: rate limited, calls paused until %s", e.Until.UTC().Format(time.RFC3339))
	}
	return fmt.Sprintf("%s; retry after %s", e.Err.Error(), e.RetryAfter)
}

func (e *RateLimitError) Unwrap() error {
	if e.Err == nil {
		return nil
	}
	return e.Err
}

// OutcomeUnknownError is a write (acknowledgement, invoice) whose answer was lost: a 5xx
// (504/521), a timeout, a broken connection or a truncated body. The change may or may not
// have been applied: read the boxes back before trying again. Never retried by the client.
type OutcomeUnknownError struct {
	Op             string
	ShipmentBoxIDs []int64
	Err            error
}

func (e *OutcomeUnknownError) Error() string {
	return fmt.Sprintf("coupang: %s: outcome unknown for %d box(es), read them back before retrying: %v",
		e.Op, len(e.ShipmentBoxIDs), e.Err)
}

func (e *OutcomeUnknownError) Unwrap() error { return e.Err }

// RequestError is a request the client refused before calling (limits, missing fields): the
// same name as naver.RequestError, one error taxonomy for both clients.
type RequestError struct {
	Field  string
	Reason string
}

func (e *RequestError) Error() string {
	return "coupang: invalid request: " + e.Field + ": " + e.Reason
}

func invalid(field, format string, args ...any) error {
	return &RequestError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// AsAPIError returns the *APIError in err's chain, if any.
func AsAPIError(err error) (*APIError, bool) {
	var e *APIError
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

// IsKeyExpired reports a 401 that names the access key as expired, unknown or revoked
// (as opposed to a bad signature or a wrong clock).
func IsKeyExpired(err error) bool {
	e, ok := AsAPIError(err)
	if !ok || e.HTTPStatus != http.StatusUnauthorized {
		return false
	}
	m := strings.ToLower(e.Message)
	return strings.Contains(m, "key") &&
		(strings.Contains(m, "expire") || strings.Contains(m, "invalid") || strings.Contains(m, "not found") ||
			strings.Contains(m, "unknown") || strings.Contains(m, "revoked") || strings.Contains(m, "not active"))
}

// IsSignatureOrClock reports a 401 from a bad signature or a PC clock that is off
// ("Invalid signature.", "Specified signature is expired.").
func IsSignatureOrClock(err error) bool {
	e, ok := AsAPIError(err)
	return ok && e.HTTPStatus == http.StatusUnauthorized && !IsKeyExpired(err)
}

// IsClockSkew reports the 401 "Specified signature is expired" (the PC clock is off).
func IsClockSkew(err error) bool {
	e, ok := AsAPIError(err)
	return ok && e.HTTPStatus == http.StatusUnauthorized &&
		strings.Contains(strings.ToLower(e.Message), "signature is expired")
}

// IsIPNotAllowed reports the JSON 403 of an IP address not registered with the key.
func IsIPNotAllowed(err error) bool {
	e, ok := AsAPIError(err)
	return ok && e.HTTPStatus == http.StatusForbidden && !e.HTML
}

// IsTemporaryBlock reports the HTML 403 "Access Denied" page of a temporary block.
func IsTemporaryBlock(err error) bool {
	e, ok := AsAPIError(err)
	return ok && e.HTTPStatus == http.StatusForbidden && e.HTML
}

// IsNotFound reports a 404: the path does not exist, because Coupang moved the endpoint to
// another version or the vendorId (업체코드) in the path is wrong. Coupang blocks the IP and the
// vendorId after repeated 404s (articles 360022936054, 30176501214361): never retry it by itself.
func IsNotFound(err error) bool {
	e, ok := AsAPIError(err)
	return ok && e.HTTPStatus == http.StatusNotFound && !e.HTML
}

// IsRateLimit reports a 429 (or the client's own refusal while a 429 block lasts).
func IsRateLimit(err error) bool {
	var e *RateLimitError
	return errors.As(err, &e)
}

// RetryAfter is how long to wait after a rate-limit error, 0 for other errors.
func RetryAfter(err error) time.Duration {
	var e *RateLimitError
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}

// IsServer reports a 5xx answer (the gateway's timeouts included).
func IsServer(err error) bool {
	e, ok := AsAPIError(err)
	return ok && e.HTTPStatus >= 500
}

// IsGatewayTimeout reports a 504/521/524 from the gateway, also inside an outcome-unknown error.
func IsGatewayTimeout(err error) bool {
	e, ok := AsAPIError(err)
	return ok && (e.HTTPStatus == http.StatusGatewayTimeout || e.HTTPStatus == 521 || e.HTTPStatus == 524)
}

// IsOutcomeUnknown reports a write whose result is unknown.
func IsOutcomeUnknown(err error) bool {
	var e *OutcomeUnknownError
	return errors.As(err, &e)
}

// SellerMessage explains err to the seller in plain Korean, with what to do about it.
func SellerMessage(err error) string {
	if err == nil {
		return ""
	}
	var v *RequestError
	switch {
	case IsNotFound(err):
		return "쿠팡이 요청한 API 주소가 없다고 답했습니다(404). 쿠팡이 API 버전을 옮겼거나 업체코드(A로 시작하는 9자리)가 틀린 경우입니다. " +
			"404가 반복되면 쿠팡이 이 PC의 IP와 업체코드를 차단하므로 자동으로 다시 시도하지 않습니다. " +
			"설정에서 업체코드를 확인하고, 쿠팡 개발자센터에서 버전이 바뀌었다면 설정의 'API 버전'에 적은 뒤(예: ordersheets=v6) 다시 동기화하세요."
	case IsOutcomeUnknown(err):
		return "쿠팡에서 처리 결과를 받지 못했습니다. 이미 반영되었을 수 있으니 주문 상태를 다시 조회한 뒤 필요한 경우에만 다시 시도하세요."
	case IsRateLimit(err):
		mins := int(RetryAfter(err).Round(time.Minute) / time.Minute)
		if mins < 1 {
			mins = 1
		}
		return fmt.Sprintf("쿠팡 API 호출 한도(초당 약 10회)를 넘어 잠시 차단되었습니다. 약 %d분 뒤에 자동으로 다시 시도합니다. 그동안 여러 프로그램에서 같은 키를 동시에 쓰지 않는지 확인하세요.", mins)
	case IsKeyExpired(err):
		return "쿠팡 Open API 키가 만료되었거나 유효하지 않습니다. 쿠팡 WING > 판매자 정보 > 추가판매정보 > OPEN API 키 발급에서 키를 재발급(만료 14일 전부터 가능)한 뒤 새 Access Key와 Secret Key를 입력하세요. 새 키는 쿠팡에 반영되기까지 최대 30분 걸릴 수 있습니다."
	case IsClockSkew(err):
		return "이 PC의 시계가 맞지 않아 쿠팡이 요청을 거부했습니다. Windows 설정 > 시간 및 언어에서 '자동으로 시간 설정'을 켜고 지금 동기화한 뒤 다시 시도하세요."
	case IsSignatureOrClock(err):
		return "쿠팡이 인증 서명을 거부했습니다. Access Key와 Secret Key를 WING에서 복사한 그대로(앞뒤 공백 없이) 입력했는지, PC 시계가 정확한지 확인하세요."
	case IsIPNotAllowed(err):
		return "이 PC의 인터넷 주소(IP)가 쿠팡 Open API 키에 등록되어 있지 않습니다. 쿠팡 WING의 OPEN API 키 설정에서 현재 공인 IP를 추가하세요(반영까지 최대 30분). 가정용 인터넷은 IP가 바뀔 수 있습니다."
	case IsTemporaryBlock(err):
		return "실패한 요청이 짧은 시간에 많아 쿠팡이 이 PC의 접속을 일시적으로 막았습니다(Access Denied). 반복 호출을 멈추고 몇 분에서 수십 분 뒤에 다시 시도하세요."
	case IsGatewayTimeout(err):
		return "쿠팡 서버 응답이 늦어 시간이 초과되었습니다. 잠시 뒤 다시 조회하세요. 조회 기간을 짧게 나누면 도움이 됩니다."
	case errors.As(err, &v):
		return "요청 조건이 쿠팡 API 제한에 맞지 않습니다: " + v.Field + " (" + v.Reason + ")"
	case errors.Is(err, ErrMalformedResponse):
		return "쿠팡의 응답을 읽을 수 없습니다(응답이 잘렸거나 형식이 다릅니다). 잠시 뒤 다시 시도하세요."
	}
	if e, ok := AsAPIError(err); ok {
		switch {
		case e.HTTPStatus == http.StatusBadRequest:
			return "쿠팡이 요청 내용을 거부했습니다: " + e.Message
		case e.HTTPStatus >= 500:
			return "쿠팡 서버에 일시적인 오류가 있습니다. 잠시 뒤 다시 시도하세요."
		case e.HTTPStatus == 410 || e.HTTPStatus == 412 || e.HTTPStatus == 423:
			return "쿠팡 API를 사용할 수 없는 상태입니다. 쿠팡 판매자 콜센터(1600-9879) 또는 WING 온라인 문의로 확인하세요."
		}
	}
	return "쿠팡과 통신하지 못했습니다. 인터넷 연결을 확인한 뒤 다시 시도하세요."
}

// SellerCentre is where the seller checks an order by hand.
const SellerCentre = "쿠팡 WING"

// SellerCentreURL is the seller centre's address.
const SellerCentreURL = "https://wing.coupang.com/"

// Per-box result codes of the writes (resultCode) that SellerDesk acts on.
const (
	ResultInvalidStatus     = "INVALID_STATUS"
	ResultDeliveryCanceled  = "ORDER_DELIVERY_CANCELED"
	ResultStopRequested     = "ORDER_DELIVERY_PARTIAL_STOP_REQUESTED"
	ResultHoldingForCancel  = "ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL"
	ResultNoInvoiceReupload = "NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD"
)

// RefusedForState reports whether Coupang refused the box because of its state (a cancel, a
// stop-shipment request, an invoice already there): reading it back tells why, or that it was
// done already.
func (r BoxResult) RefusedForState() bool {
	switch r.ResultCode {
	case ResultInvalidStatus, ResultDeliveryCanceled, ResultStopRequested, ResultHoldingForCancel, ResultNoInvoiceReupload:
		return true
	}
	return false
}

// SellerMessage explains a box's result code in Korean, keeping Coupang's own words.
func (r BoxResult) SellerMessage() string {
	var s string
	switch r.ResultCode {
	case ResultInvalidStatus:
		s = "쿠팡에서 이 주문의 배송 상태를 바꿀 수 없습니다(취소·환불이 진행 중이거나 이미 처리된 주문). 주문을 다시 불러와 확인하세요."
	case "DUPLICATE_INVOICE_NUMBER":
		s = "이미 사용된 운송장번호입니다(쿠팡은 6개월 안에 같은 번호를 받지 않습니다). 운송장번호를 확인하세요."
	case "INVALID_INVOICE_NUMBER":
		s = "운송장번호나 택배사 코드가 올바르지 않습니다. 택배사와 번호를 확인하세요."
	case ResultDeliveryCanceled:
		s = "주문이 취소되었습니다. 보내지 마세요."
	case ResultStopRequested, ResultHoldingForCancel:
		s = "구매자가 출고중지(취소)를 요청했습니다. 보내지 말고 쿠팡 WING에서 출고중지를 처리하세요."
	case ResultNoInvoiceReupload:
		s = "이미 운송장이 등록된 주문입니다. 번호를 바꾸려면 쿠팡 WING에서 송장 수정을 하세요."
	case "NOT_FOUND_SHIPMENT_BOX":
		s = "쿠팡에서 이 묶음배송번호를 찾지 못했습니다."
	case "NOT_FOUND_VENDOR_ITEM":
		s = "박스의 상품 구성이 쿠팡과 맞지 않습니다. 주문을 다시 불러온 뒤 다시 시도하세요."
	case "PERMISSION_DENIED":
		s = "이 주문을 처리할 권한이 없습니다. 쿠팡 업체코드와 키를 확인하세요."
	default:
		s = "쿠팡이 처리하지 않았습니다."
	}
	return apierr.Quote(s, "쿠팡", r.ResultMessage)
}
