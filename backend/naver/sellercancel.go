package naver

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// 취소 요청 (raws/commerce-api/current/seller-request-cancel-pay-order-seller.md): the seller cancels
// one product order itself. POST /v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/request
// with {cancelReason (required, the page's code list), cancelDetailedReason (500자 제한),
// cancelQuantity (미입력 시 전체수량취소)}; the answer is the pay-order one (successProductOrderIds /
// failProductOrderInfos), 400/500 {code, message}. The page does not say in which states Naver takes
// it: SellerDesk sends it only for a product order not yet dispatched and without an open claim, and
// never sends cancelQuantity (the whole product order is cancelled).

// Cancel reasons (cancelReason) the page lists.
const (
	CancelIntentChanged      = "INTENT_CHANGED"      // 구매 의사 취소
	CancelColorAndSize       = "COLOR_AND_SIZE"      // 색상 및 사이즈 변경
	CancelWrongOrder         = "WRONG_ORDER"         // 다른 상품 잘못 주문
	CancelProductUnsatisfied = "PRODUCT_UNSATISFIED" // 서비스 불만족
	CancelDelayedDelivery    = "DELAYED_DELIVERY"    // 배송 지연
	CancelSoldOut            = "SOLD_OUT"            // 상품 품절
	CancelIncorrectInfo      = "INCORRECT_INFO"      // 상품 정보 상이
)

// MaxCancelDetail bounds cancelDetailedReason ("500자 제한").
const MaxCancelDetail = 500

// CancelReasons are the page's cancel reason codes, in its order.
func CancelReasons() []string {
	return []string{CancelIntentChanged, CancelColorAndSize, CancelWrongOrder, CancelProductUnsatisfied, CancelDelayedDelivery,
		CancelSoldOut, CancelIncorrectInfo}
}

func validCancelReason(code string) bool {
	for _, c := range CancelReasons() {
		if c == code {
			return true
		}
	}
	return false
}

// RequestCancels is 취소 요청 of each product order (all its quantity), with the reason code and the
// detailed reason.
func (c *Client) RequestCancels(ctx context.Context, ids []string, reason, detail string) (ItemsResult, error) {
	detail = strings.TrimSpace(detail)
	switch {
	case !validCancelReason(reason):
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "request cancel", Reason: fmt.Sprintf("unknown cancel reason %q", reason)}
	case utf8.RuneCountInString(detail) > MaxCancelDetail || !utf8.ValidString(detail):
		return ItemsResult{NotSent: uniqueIDs(ids)}, &RequestError{Op: "request cancel", Reason: "cancelDetailedReason is longer than 500 characters"}
	}
	body := map[string]any{"cancelReason": reason}
	if detail != "" {
		body["cancelDetailedReason"] = detail
	}
	return c.eachOrder(ctx, "request cancel", "claim-cancel-request", "/claim/cancel/request", ids, body)
}
