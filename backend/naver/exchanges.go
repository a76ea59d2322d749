package naver

import (
	"context"
	"fmt"
	"strings"
)

// The seller's answers to an exchange, one POST per product order on
// product-orders/{productOrderId}/claim/exchange/… (pages in raws/commerce-api/current/):
//
//   - collect/approve (교환 수거 완료, seller-approve-collected-exchange-pay-order-seller): no body;
//   - reject (교환 거부(철회), seller-reject-exchange-pay-order-seller): rejectExchangeReason, required;
//   - holdback (교환 보류, seller-holdback-exchange-pay-order-seller): holdbackClassType and
//     holdbackExchangeDetailReason, required, extraExchangeFeeAmount;
//   - holdback/release (교환 보류 해제, seller-release-exchange-holdback-pay-order-seller): no body;
//   - dispatch (교환 재배송 처리, seller-re-delivery-exchange-pay-order-seller): reDeliveryMethod,
//     reDeliveryCompany, reDeliveryTrackingNumber ("교환 승인 건을 재배송 처리").
//
// Each answers like the return answers: successProductOrderIds / failProductOrderInfos. The pages
// do not say in which claim states each is taken.

// Exchange holdback types. The page of 교환 보류 lists the same 14 holdbackClassType codes as the
// page of 반품 보류 without saying which fit an exchange; SellerDesk offers the five named for one.
const (
	HoldExchangeFee          = "EXCHANGE_DELIVERYFEE"
	HoldExchangeExtraFee     = "EXCHANGE_EXTRAFEE"
	HoldExchangeReady        = "EXCHANGE_PRODUCT_READY"
	HoldExchangeNotDelivered = "EXCHANGE_PRODUCT_NOT_DELIVERED"
	HoldExchangePurchase     = "EXCHANGE_HOLDBACK"
)

// ExchangeHoldbackTypes are the holdback types SellerDesk offers for an exchange, in the page's order.
func ExchangeHoldbackTypes() []string {
	return []string{HoldExchangeFee, HoldExchangeExtraFee, HoldExchangeReady, HoldExchangeNotDelivered, HoldExchangePurchase}
}

// ExchangeHoldbackTypeLabel is the page's Korean for an exchange holdback type ("" for one not offered).
func ExchangeHoldbackTypeLabel(code string) string {
	switch code {
	case HoldExchangeFee:
		return "교환 배송비 청구"
	case HoldExchangeExtraFee:
		return "추가 교환 비용 청구"
	case HoldExchangeReady:
		return "교환 상품 준비 중"
	case HoldExchangeNotDelivered:
		return "교환 상품 미입고"
	case HoldExchangePurchase:
		return "교환 구매 확정 보류"
	}
	return ""
}

// ApproveExchangeCollects marks the exchanges' goods collected (교환 수거 완료); no body.
func (c *Client) ApproveExchangeCollects(ctx context.Context, ids []string) (ItemsResult, error) {
	return c.eachOrder(ctx, "approve exchange collect", "claim-exchange-collect", "/claim/exchange/collect/approve", ids, nil)
}

// RejectExchanges rejects the exchange requests (교환 거부(철회)) with the seller's reason.
func (c *Client) RejectExchanges(ctx context.Context, ids []string, reason string) (ItemsResult, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "reject exchange", Reason: "rejectExchangeReason is required"}
	}
	return c.eachOrder(ctx, "reject exchange", "claim-exchange-reject", "/claim/exchange/reject", ids, map[string]any{"rejectExchangeReason": reason})
}

// HoldbackExchanges holds the exchanges back (교환 보류): holdbackClassType (ExchangeHoldbackTypes),
// holdbackExchangeDetailReason and extraExchangeFeeAmount.
func (c *Client) HoldbackExchanges(ctx context.Context, ids []string, h Holdback) (ItemsResult, error) {
	switch {
	case ExchangeHoldbackTypeLabel(h.Type) == "":
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "hold back exchange", Reason: fmt.Sprintf("unknown exchange holdback type %q", h.Type)}
	case strings.TrimSpace(h.Detail) == "":
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "hold back exchange", Reason: "holdbackExchangeDetailReason is required"}
	case h.ExtraFee < 0:
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "hold back exchange", Reason: "negative extra fee"}
	}
	body := map[string]any{"holdbackClassType": h.Type, "holdbackExchangeDetailReason": strings.TrimSpace(h.Detail), "extraExchangeFeeAmount": h.ExtraFee}
	return c.eachOrder(ctx, "hold back exchange", "claim-exchange-holdback", "/claim/exchange/holdback", ids, body)
}

// ReleaseExchangeHoldbacks releases the exchanges held back (교환 보류 해제); no body.
func (c *Client) ReleaseExchangeHoldbacks(ctx context.Context, ids []string) (ItemsResult, error) {
	return c.eachOrder(ctx, "release exchange holdback", "claim-exchange-release", "/claim/exchange/holdback/release", ids, nil)
}

// RedeliverExchanges is 교환 재배송 처리: the exchange goods leave by courier (reDeliveryMethod
// DELIVERY) with this courier code and tracking number.
func (c *Client) RedeliverExchanges(ctx context.Context, ids []string, courierCode, trackingNumber string) (ItemsResult, error) {
	courierCode, trackingNumber = strings.TrimSpace(courierCode), strings.TrimSpace(trackingNumber)
	if courierCode == "" || trackingNumber == "" {
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "redeliver exchange", Reason: "reDeliveryCompany and reDeliveryTrackingNumber are required"}
	}
	body := map[string]any{"reDeliveryMethod": "DELIVERY", "reDeliveryCompany": courierCode, "reDeliveryTrackingNumber": trackingNumber}
	return c.eachOrder(ctx, "redeliver exchange", "claim-exchange-dispatch", "/claim/exchange/dispatch", ids, body)
}
