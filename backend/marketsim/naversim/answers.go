package naversim

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// The seller's answers about one product order, as the official pages document them
// (raws/commerce-api/current/: seller-delay-dispatch-due-date-pay-order-seller.md,
// seller-approve-cancel-application-pay-order-seller.md, seller-request-cancel-pay-order-seller.md (the
// seller's own 취소 요청), seller-approve-return-pay-order-seller.md,
// seller-reject-return-pay-order-seller.md, seller-holdback-return-pay-order-seller.md,
// seller-release-return-holdback-pay-order-seller.md, and the exchange pages named at
// answerRoutes): POST product-orders/{productOrderId}/…, a 200
// with successProductOrderIds / failProductOrderInfos (pay-order error codes), 400 {code, message}
// for a body the page would refuse. The pages do not say in which states each is taken; the
// simulator takes each only where the seller centre offers it: a cancel approved while requested,
// a return approved, rejected or held back while it is open (approved only once released from
// hold), a hold released only while held, an exchange collected, rejected or held back before its
// re-delivery (collected only once released from hold), re-delivered once collected (else 104417
// 교환 상태 확인 필요, the code the page lists for it), a 발송지연 only before dispatch and to a date later than
// both now and the current deadline (else 104105 발송 기한 입력 범위 초과).

const productOrderPrefix = "/v1/pay-order/seller/product-orders/"

// answerRoutes maps the path after the product order id to its endpoint.
var answerRoutes = map[string]string{
	"delay":                         EndpointDelay,
	"claim/cancel/approve":          EndpointCancelApprove,
	"claim/cancel/request":          EndpointCancelRequest,
	"claim/return/approve":          EndpointReturnApprove,
	"claim/return/reject":           EndpointReturnReject,
	"claim/return/holdback":         EndpointReturnHoldback,
	"claim/return/holdback/release": EndpointReturnRelease,
	// the answers to an exchange (seller-approve-collected-exchange-, seller-reject-exchange-,
	// seller-holdback-exchange-, seller-release-exchange-holdback-, seller-re-delivery-exchange-pay-order-seller.md)
	"claim/exchange/collect/approve":  EndpointExchangeCollect,
	"claim/exchange/reject":           EndpointExchangeReject,
	"claim/exchange/holdback":         EndpointExchangeHoldback,
	"claim/exchange/holdback/release": EndpointExchangeRelease,
	"claim/exchange/dispatch":         EndpointExchangeDispatch,
	// seller-change-hope-delivery-pay-order-seller.md
	"hope-delivery/change": EndpointHopeChange,
}

// cancelReasons are the cancelReason codes of 취소 요청 (seller-request-cancel-pay-order-seller.md).
var cancelReasons = map[string]bool{"INTENT_CHANGED": true, "COLOR_AND_SIZE": true, "WRONG_ORDER": true, "PRODUCT_UNSATISFIED": true,
	"DELAYED_DELIVERY": true, "SOLD_OUT": true, "INCORRECT_INFO": true}

var delayReasons = map[string]bool{"PRODUCT_PREPARE": true, "CUSTOMER_REQUEST": true, "CUSTOM_BUILD": true,
	"RESERVED_DISPATCH": true, "OVERSEA_DELIVERY": true, "ETC": true}

var holdbackTypes = map[string]bool{"RETURN_DELIVERYFEE": true, "EXTRAFEEE": true, "RETURN_DELIVERYFEE_AND_EXTRAFEEE": true,
	"RETURN_PRODUCT_NOT_DELIVERED": true, "ETC": true, "EXCHANGE_DELIVERYFEE": true, "EXCHANGE_EXTRAFEE": true,
	"EXCHANGE_PRODUCT_READY": true, "EXCHANGE_PRODUCT_NOT_DELIVERED": true, "EXCHANGE_HOLDBACK": true,
	"SELLER_CONFIRM_NEED": true, "PURCHASER_CONFIRM_NEED": true, "SELLER_REMIT": true, "ETC2": true}

// dispatchDue is the product order's dispatch deadline now: the one a 발송지연 set, else the default.
func (p *productOrder) dispatchDue() time.Time {
	if !p.due.IsZero() {
		return p.due
	}
	return shippingDue(p.paymentDate)
}

func (p *productOrder) openReturn() bool {
	return p.claimType == "RETURN" && p.openClaim()
}

// openExchange: an exchange the seller may still collect, hold back or reject (before re-delivery).
func (p *productOrder) openExchange() bool {
	switch p.claimStatus {
	case "EXCHANGE_REQUEST", "COLLECTING", "COLLECT_DONE":
		return p.claimType == "EXCHANGE"
	}
	return false
}

// claimAnswer is what a return's and an exchange's 거부, 보류 and 보류 해제 differ in: which claim
// is open to them and the words of the body and the state; the rule of each answer is the same
// for both (answerOrder).
type claimAnswer struct {
	open                                      func(*productOrder) bool
	rejectReason, holdbackReason, holdbackFee string // the body's fields
	rejected                                  string // the claim's status once rejected
}

var (
	returnAnswer = claimAnswer{open: (*productOrder).openReturn, rejectReason: "rejectReturnReason",
		holdbackReason: "holdbackReturnDetailReason", holdbackFee: "extraReturnFeeAmount", rejected: "RETURN_REJECT"}
	exchangeAnswer = claimAnswer{open: (*productOrder).openExchange, rejectReason: "rejectExchangeReason",
		holdbackReason: "holdbackExchangeDetailReason", holdbackFee: "extraExchangeFeeAmount", rejected: "EXCHANGE_REJECT"}
)

// claimAnswerOf is the claim an answer endpoint is about: an exchange's, else a return's.
func claimAnswerOf(endpoint string) claimAnswer {
	switch endpoint {
	case EndpointExchangeReject, EndpointExchangeHoldback, EndpointExchangeRelease:
		return exchangeAnswer
	}
	return returnAnswer
}

// reDeliveryMethods are the documented reDeliveryMethod codes.
var reDeliveryMethods = map[string]bool{"DELIVERY": true, "GDFW_ISSUE_SVC": true, "VISIT_RECEIPT": true, "DIRECT_DELIVERY": true,
	"QUICK_SVC": true, "NOTHING": true, "RETURN_DESIGNATED": true, "RETURN_DELIVERY": true, "RETURN_INDIVIDUAL": true,
	"RETURN_MERCHANT": true, "UNKNOWN": true}

// answerOrder serves one answer about the product order id.
func (s *Sim) answerOrder(r *http.Request, endpoint, id string, body []byte, trace string) answer {
	if len(body) > 0 && !jsonBody(r) {
		return s.errAnswer(http.StatusUnsupportedMediaType, trace, "4000", "Content-Type은 application/json이어야 합니다.")
	}
	var req map[string]json.RawMessage
	if len(strings.TrimSpace(string(body))) > 0 {
		if err := json.Unmarshal(body, &req); err != nil {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (요청 본문)")
		}
	}
	str := func(k string) string {
		var v string
		_ = json.Unmarshal(req[k], &v)
		return strings.TrimSpace(v)
	}
	now := s.now()
	p, ok := s.orders[id]
	// the body's own rules first: a 400 refuses the request before the product order is looked at
	switch endpoint {
	case EndpointDelay:
		if !delayReasons[str("delayedDispatchReason")] {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (delayedDispatchReason)")
		}
		if _, err := parseWireTime(str("dispatchDueDate")); err != nil {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (dispatchDueDate)")
		}
	case EndpointCancelRequest:
		if !cancelReasons[str("cancelReason")] {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (cancelReason)")
		}
		if utf8.RuneCountInString(str("cancelDetailedReason")) > 500 {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (cancelDetailedReason)")
		}
	case EndpointReturnReject, EndpointExchangeReject:
		if f := claimAnswerOf(endpoint).rejectReason; str(f) == "" {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. ("+f+")")
		}
	case EndpointReturnHoldback, EndpointExchangeHoldback:
		if f := claimAnswerOf(endpoint).holdbackReason; !holdbackTypes[str("holdbackClassType")] || str(f) == "" {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (holdbackClassType, "+f+")")
		}
	case EndpointHopeChange:
		if a, bad := hopeBodyRefused(req, str); bad {
			return s.badRequest(trace, "4000", a)
		}
	case EndpointExchangeDispatch:
		m := str("reDeliveryMethod")
		switch {
		case !reDeliveryMethods[m]:
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (reDeliveryMethod)")
		case m == "DELIVERY" && (!courierCodes[str("reDeliveryCompany")] || str("reDeliveryTrackingNumber") == ""):
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (reDeliveryCompany, reDeliveryTrackingNumber)")
		}
	}
	fail := func(code, msg string) answer {
		return s.dataAnswer(trace, map[string]any{"successProductOrderIds": []string{},
			"failProductOrderInfos": []itemFailure{{id, code, msg}}})
	}
	done := func() answer {
		return s.dataAnswer(trace, map[string]any{"successProductOrderIds": []string{id}, "failProductOrderInfos": []itemFailure{}})
	}
	if !ok {
		return fail("100001", "상품 주문이 존재하지 않습니다.")
	}
	wrongState := func() answer { return fail("104442", "상품 주문 상태를 확인해 주세요.") }
	switch endpoint {
	case EndpointDelay:
		until, _ := parseWireTime(str("dispatchDueDate"))
		switch {
		case p.status != "PAYED" || p.openClaim():
			return wrongState()
		case !until.After(now) || !until.After(p.dispatchDue()):
			return fail("104105", "발송 기한 입력 범위를 초과하였습니다.")
		}
		p.due, p.delayReason, p.delayDetail = until.In(order.KST()), str("delayedDispatchReason"), str("dispatchDelayedDetailedReason")
	case EndpointCancelApprove:
		if p.claimType != "CANCEL" || p.claimStatus != "CANCEL_REQUEST" {
			return wrongState()
		}
		p.status = "CANCELED"
		p.endClaim(now, "CANCEL_DONE", "CLAIM_COMPLETED")
	case EndpointCancelRequest:
		// the seller's own cancel: the page names no states; the simulator takes it only before
		// dispatch (PAYED) and without an open claim, for the whole quantity (cancelQuantity absent or
		// equal to it; a part is not modelled and refused 4000), and completes it at once
		var qty *int
		if raw, has := req["cancelQuantity"]; has && string(raw) != "null" {
			var n int
			if err := json.Unmarshal(raw, &n); err != nil || n <= 0 {
				return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (cancelQuantity)")
			}
			qty = &n
		}
		switch {
		case p.status != "PAYED" || p.openClaim():
			return wrongState()
		case qty != nil && *qty != p.quantity:
			return fail("4000", "잘못된 요청 파라미터입니다. (cancelQuantity)")
		}
		s.startClaim(p, now, "CANCEL", "CANCEL_REQUEST", str("cancelReason"))
		p.status = "CANCELED"
		p.endClaim(now, "CANCEL_DONE", "CLAIM_COMPLETED")
	case EndpointReturnApprove:
		if !p.openReturn() || p.holdback == "HOLDBACK" {
			return wrongState()
		}
		p.status = "RETURNED"
		p.endClaim(now, "RETURN_DONE", "CLAIM_COMPLETED")
	case EndpointReturnReject, EndpointExchangeReject:
		a := claimAnswerOf(endpoint)
		if !a.open(p) {
			return wrongState()
		}
		p.endClaim(now, a.rejected, "CLAIM_REJECTED")
	case EndpointReturnHoldback, EndpointExchangeHoldback:
		a := claimAnswerOf(endpoint)
		if !a.open(p) || p.holdback == "HOLDBACK" {
			return wrongState()
		}
		var fee int64
		_ = json.Unmarshal(req[a.holdbackFee], &fee)
		p.holdback, p.holdbackType, p.holdbackDetail, p.holdbackFee = "HOLDBACK", str("holdbackClassType"), str(a.holdbackReason), fee
	case EndpointReturnRelease, EndpointExchangeRelease:
		if !claimAnswerOf(endpoint).open(p) || p.holdback != "HOLDBACK" {
			return wrongState()
		}
		p.holdback = "RELEASED"
	case EndpointExchangeCollect:
		// 교환 수거 완료: the goods came back (requested or on their way), not while held back
		if !p.openExchange() || p.claimStatus == "COLLECT_DONE" || p.holdback == "HOLDBACK" {
			return wrongState()
		}
		p.claimStatus = "COLLECT_DONE"
		p.touch(now, "COLLECT_DONE")
	case EndpointHopeChange:
		if code, msg := p.hopeChangeRefused(str, now); code != "" {
			return fail(code, msg)
		}
		p.changeHope(str, now)
	case EndpointExchangeDispatch:
		// 교환 재배송 처리 of an exchange whose goods were collected and that is not held back
		if p.claimType != "EXCHANGE" || p.claimStatus != "COLLECT_DONE" || p.holdback == "HOLDBACK" {
			return fail("104417", "교환 상태를 확인해 주세요. (재배송 처리 불가능 주문 상태)")
		}
		p.claimStatus = "EXCHANGE_REDELIVERING"
		p.reDeliveryCompany, p.reDeliveryTracking = str("reDeliveryCompany"), str("reDeliveryTrackingNumber")
		p.touch(now, "CLAIM_REDELIVERING")
	}
	return done()
}
