package naver

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// The seller's answers about one product order: claim decisions and 발송지연. Each is one POST on
// /v1/pay-order/seller/product-orders/{productOrderId}/… (the official pages
// raws/commerce-api/current/seller-approve-cancel-application-pay-order-seller.md,
// seller-approve-return-pay-order-seller.md, seller-reject-return-pay-order-seller.md,
// seller-holdback-return-pay-order-seller.md, seller-release-return-holdback-pay-order-seller.md and
// seller-delay-dispatch-due-date-pay-order-seller.md). Every one answers 200 with
// {"data":{"successProductOrderIds":[…],"failProductOrderInfos":[{productOrderId,code,message}]}}
// (the pay-order error codes), 400/500 with {code, message}.
const pathProductOrder = "/v1/pay-order/seller/product-orders/"

// ItemsResult is the outcome of a write sent product order by product order.
type ItemsResult struct {
	Succeeded []string
	Failed    []ItemFailure
	// NotSent lists ids never sent because an earlier call stopped the run.
	NotSent []string
}

// Delay reasons (delayedDispatchReason), as the page of 발송 지연 처리 lists them.
const (
	DelayProductPrepare   = "PRODUCT_PREPARE"   // 상품 준비 중
	DelayCustomerRequest  = "CUSTOMER_REQUEST"  // 고객 요청
	DelayCustomBuild      = "CUSTOM_BUILD"      // 주문 제작
	DelayReservedDispatch = "RESERVED_DISPATCH" // 예약 발송
	DelayOverseaDelivery  = "OVERSEA_DELIVERY"  // 해외 배송
	DelayEtc              = "ETC"               // 기타
)

// DelayReasons are the documented reasons of a 발송지연, in the page's order.
func DelayReasons() []string {
	return []string{DelayProductPrepare, DelayCustomerRequest, DelayCustomBuild, DelayReservedDispatch, DelayOverseaDelivery, DelayEtc}
}

// DelayReasonLabel is the page's Korean for a delay reason ("" for an unknown code).
func DelayReasonLabel(code string) string {
	switch code {
	case DelayProductPrepare:
		return "상품 준비 중"
	case DelayCustomerRequest:
		return "고객 요청"
	case DelayCustomBuild:
		return "주문 제작"
	case DelayReservedDispatch:
		return "예약 발송"
	case DelayOverseaDelivery:
		return "해외 배송"
	case DelayEtc:
		return "기타"
	}
	return ""
}

// MaxDelayDetail bounds the detailed reason; the product order's delayedDispatchDetailedReason is
// documented at "4000바이트 내외".
const MaxDelayDetail = 4000

// Delay is a 발송지연: the new dispatch deadline, the reason code and the detailed reason.
type Delay struct {
	Until  time.Time
	Reason string
	Detail string
}

// Validate checks what the page documents: a reason from the list, a detail of at most 4000 bytes,
// a date. Whether the date is acceptable is Naver's to say (104105 발송 기한 입력 범위 초과).
func (d Delay) Validate() error {
	switch {
	case d.Until.IsZero():
		return &RequestError{Op: "delay dispatch", Reason: "no dispatch due date"}
	case DelayReasonLabel(d.Reason) == "":
		return &RequestError{Op: "delay dispatch", Reason: fmt.Sprintf("unknown delay reason %q", d.Reason)}
	case len(d.Detail) > MaxDelayDetail || !utf8.ValidString(d.Detail):
		return &RequestError{Op: "delay dispatch", Reason: "the detailed reason is too long or not text"}
	}
	return nil
}

// DelayDispatch sends a 발송지연 for each product order: dispatchDueDate, delayedDispatchReason and
// dispatchDelayedDetailedReason.
func (c *Client) DelayDispatch(ctx context.Context, ids []string, d Delay) (ItemsResult, error) {
	if err := d.Validate(); err != nil {
		return ItemsResult{NotSent: uniqueIDs(ids)}, err
	}
	body := map[string]any{"dispatchDueDate": FormatTime(d.Until), "delayedDispatchReason": d.Reason,
		"dispatchDelayedDetailedReason": strings.TrimSpace(d.Detail)}
	return c.eachOrder(ctx, "delay dispatch", "delay", "/delay", ids, body)
}

// ApproveCancels approves the cancel requests (취소 승인) of the product orders; no body.
func (c *Client) ApproveCancels(ctx context.Context, ids []string) (ItemsResult, error) {
	return c.eachOrder(ctx, "approve cancel", "claim-cancel-approve", "/claim/cancel/approve", ids, nil)
}

// ApproveReturns approves the return requests (반품 승인); no body.
func (c *Client) ApproveReturns(ctx context.Context, ids []string) (ItemsResult, error) {
	return c.eachOrder(ctx, "approve return", "claim-return-approve", "/claim/return/approve", ids, nil)
}

// RejectReturns rejects the return requests (반품 거부(철회)) with the seller's reason
// (rejectReturnReason, required).
func (c *Client) RejectReturns(ctx context.Context, ids []string, reason string) (ItemsResult, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "reject return", Reason: "rejectReturnReason is required"}
	}
	return c.eachOrder(ctx, "reject return", "claim-return-reject", "/claim/return/reject", ids, map[string]any{"rejectReturnReason": reason})
}

// Return holdback types (holdbackClassType) that fit a return, as the page of 반품 보류 lists them.
const (
	HoldReturnFee         = "RETURN_DELIVERYFEE"
	HoldExtraFee          = "EXTRAFEEE" // sic, as the page spells it
	HoldReturnAndExtraFee = "RETURN_DELIVERYFEE_AND_EXTRAFEEE"
	HoldNotDelivered      = "RETURN_PRODUCT_NOT_DELIVERED"
	HoldEtc               = "ETC"
)

// ReturnHoldbackTypes are the holdback types of a return, in the page's order.
func ReturnHoldbackTypes() []string {
	return []string{HoldReturnFee, HoldExtraFee, HoldReturnAndExtraFee, HoldNotDelivered, HoldEtc}
}

// HoldbackTypeLabel is the page's Korean for a holdback type ("" for one not offered).
func HoldbackTypeLabel(code string) string {
	switch code {
	case HoldReturnFee:
		return "반품 배송비 청구"
	case HoldExtraFee:
		return "추가 비용 청구"
	case HoldReturnAndExtraFee:
		return "반품 배송비 + 추가 비용 청구"
	case HoldNotDelivered:
		return "반품 상품 미입고"
	case HoldEtc:
		return "기타 사유"
	}
	return ""
}

// Holdback is a 반품 보류: the type, the detailed reason (required) and an extra fee (원, optional).
type Holdback struct {
	Type     string
	Detail   string
	ExtraFee int64
}

// HoldbackReturns holds the returns back (반품 보류): holdbackClassType,
// holdbackReturnDetailReason and extraReturnFeeAmount.
func (c *Client) HoldbackReturns(ctx context.Context, ids []string, h Holdback) (ItemsResult, error) {
	switch {
	case HoldbackTypeLabel(h.Type) == "":
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "hold back return", Reason: fmt.Sprintf("unknown holdback type %q", h.Type)}
	case strings.TrimSpace(h.Detail) == "":
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "hold back return", Reason: "holdbackReturnDetailReason is required"}
	case h.ExtraFee < 0:
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "hold back return", Reason: "negative extra fee"}
	}
	body := map[string]any{"holdbackClassType": h.Type, "holdbackReturnDetailReason": strings.TrimSpace(h.Detail), "extraReturnFeeAmount": h.ExtraFee}
	return c.eachOrder(ctx, "hold back return", "claim-return-holdback", "/claim/return/holdback", ids, body)
}

// ReleaseReturnHoldbacks releases the returns held back (반품 보류 해제); no body.
func (c *Client) ReleaseReturnHoldbacks(ctx context.Context, ids []string) (ItemsResult, error) {
	return c.eachOrder(ctx, "release return holdback", "claim-return-release", "/claim/return/holdback/release", ids, nil)
}

// eachOrder sends one call per product order, in order. The first call that fails stops the run:
// its id is NotSent when nothing was applied, or in an *OutcomeUnknownError when the answer was
// lost (never retried); the later ids are NotSent. An answer that names neither success nor failure
// for the id is an unknown outcome too.
func (c *Client) eachOrder(ctx context.Context, op, api, suffix string, ids []string, body any) (ItemsResult, error) {
	ids = uniqueIDs(ids)
	var res ItemsResult
	for i, id := range ids {
		if strings.ContainsAny(id, "/?#") {
			res.NotSent = append(res.NotSent, ids[i:]...)
			return res, &RequestError{Op: op, Reason: fmt.Sprintf("invalid product order id %q", id)}
		}
		var data struct {
			Success []ID          `json:"successProductOrderIds"`
			Fail    []ItemFailure `json:"failProductOrderInfos"`
		}
		rq := request{op: op, api: api, method: http.MethodPost, path: pathProductOrder + url.PathEscape(id) + suffix,
			body: body, write: true, ids: []string{id}}
		trace, err := c.do(ctx, rq, &data)
		if err != nil {
			res.NotSent = append(res.NotSent, ids[i+1:]...)
			if !IsOutcomeUnknown(err) {
				res.NotSent = append([]string{id}, res.NotSent...)
			}
			return res, err
		}
		switch {
		case slices.Contains(data.Success, ID(id)):
			res.Succeeded = append(res.Succeeded, id)
		case slices.ContainsFunc(data.Fail, func(f ItemFailure) bool { return string(f.ProductOrderID) == id }):
			for _, f := range data.Fail {
				if string(f.ProductOrderID) == id {
					res.Failed = append(res.Failed, f)
				}
			}
		default:
			res.NotSent = append(res.NotSent, ids[i+1:]...)
			return res, &OutcomeUnknownError{Op: op, ProductOrderIDs: []string{id}, TraceID: trace,
				Err: fmt.Errorf("answer does not mention product order %s", id)}
		}
	}
	return res, nil
}
