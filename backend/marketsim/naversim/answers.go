package naversim

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// The seller's answers about one product order, as the official pages document them
// (raws/commerce-api/current/: seller-delay-dispatch-due-date-pay-order-seller.md,
// seller-approve-cancel-application-pay-order-seller.md, seller-approve-return-pay-order-seller.md,
// seller-reject-return-pay-order-seller.md, seller-holdback-return-pay-order-seller.md,
// seller-release-return-holdback-pay-order-seller.md): POST product-orders/{productOrderId}/…, a 200
// with successProductOrderIds / failProductOrderInfos (pay-order error codes), 400 {code, message}
// for a body the page would refuse. The pages do not say in which states each is taken; the
// simulator takes each only where the seller centre offers it: a cancel approved while requested,
// a return approved, rejected or held back while it is open (approved only once released from
// hold), a hold released only while held, a 발송지연 only before dispatch and to a date later than
// both now and the current deadline (else 104105 발송 기한 입력 범위 초과).

const productOrderPrefix = "/v1/pay-order/seller/product-orders/"

// answerRoutes maps the path after the product order id to its endpoint.
var answerRoutes = map[string]string{
	"delay":                         EndpointDelay,
	"claim/cancel/approve":          EndpointCancelApprove,
	"claim/return/approve":          EndpointReturnApprove,
	"claim/return/reject":           EndpointReturnReject,
	"claim/return/holdback":         EndpointReturnHoldback,
	"claim/return/holdback/release": EndpointReturnRelease,
}

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
	case EndpointReturnReject:
		if str("rejectReturnReason") == "" {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (rejectReturnReason)")
		}
	case EndpointReturnHoldback:
		if !holdbackTypes[str("holdbackClassType")] || str("holdbackReturnDetailReason") == "" {
			return s.badRequest(trace, "4000", "잘못된 요청 파라미터입니다. (holdbackClassType, holdbackReturnDetailReason)")
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
	case EndpointReturnApprove:
		if !p.openReturn() || p.holdback == "HOLDBACK" {
			return wrongState()
		}
		p.status = "RETURNED"
		p.endClaim(now, "RETURN_DONE", "CLAIM_COMPLETED")
	case EndpointReturnReject:
		if !p.openReturn() {
			return wrongState()
		}
		p.endClaim(now, "RETURN_REJECT", "CLAIM_REJECTED")
	case EndpointReturnHoldback:
		if !p.openReturn() || p.holdback == "HOLDBACK" {
			return wrongState()
		}
		var fee int64
		_ = json.Unmarshal(req["extraReturnFeeAmount"], &fee)
		p.holdback, p.holdbackType, p.holdbackDetail, p.holdbackFee = "HOLDBACK", str("holdbackClassType"), str("holdbackReturnDetailReason"), fee
	case EndpointReturnRelease:
		if !p.openReturn() || p.holdback != "HOLDBACK" {
			return wrongState()
		}
		p.holdback = "RELEASED"
	}
	return done()
}
