package coupang

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// 주문 상품 취소 처리 (article 360033843154): the seller's own cancel of goods it cannot ship.
//
// What the current article says (2026-04 crawl): POST …/v5/vendors/{vendorId}/orders/{orderId}/cancel;
// only for goods in 결제완료 (ACCEPT) or 상품준비중 (INSTRUCT) ("나머지 상태에 적용 시 에러 발생"); in
// ACCEPT it cancels at once, in INSTRUCT it stops the shipment (출고중지); when one order has several
// shipmentBoxIds, each box must be cancelled by a call of its own; "주문 상품 취소 처리 API의 사용은
// 판매자 점수(주문이행)를 하락시키게 되므로" — it lowers the seller's score. The crawl stops inside the
// body table, after orderId. The rest of the body, the answer and the errors are from the field report
// (docs/coupang-open-api.md 2.11) and the structured form of the same call in Coupang's former
// developer portal (cancel-api/instruct_cancel, 2017-02, then at wing_api …/v5/…/cancel):
//
//   - body {orderId (Number, also in the path), vendorItemIds [Number], receiptCounts [Number, > 0,
//     paired with vendorItemIds], bigCancelCode "CANERR", middleCancelCode one of CCTTER (재고 문제),
//     CCPNER (주소 문제), CCPRER (가격 오류), vendorId, userId (the seller's WING login id)};
//   - 결제완료 goods are cancelled whole only ("부분 취소는 불가능합니다"), 상품준비중 goods may be in
//     part; in 상품준비중 Coupang records the reason as 배송불만 / 품절 whatever is sent;
//   - the answer {"code":"SUCCESS"|"PARTIAL"|"FAIL" (also seen as "200"), "message", "data":
//     {"receiptMap", "orderId", "failedVendorItemIds"}}, receiptMap holding {receiptId, receiptType
//     CANCEL|STOP_SHIPMENT, vendorItemIds, totalCount}: the portal's example writes one such object,
//     the answers sellers show keyed by the receipt id; both are read;
//   - the refusals are 400s with a Korean message: "취소 가능한 개수보다 요청한 개수가 더 많습니다.",
//     "해당 벤더아이템이 결제완료/상품지시 중 상태가 아닙니다.", "부분 취소는 불가능합니다.", "주문 정보가
//     없습니다.", "업체 ID에 맞는 올바른 유저 ID를 입력해주세요." and the missing-field ones.
//
// The article names no free-text reason: the seller's written reason stays in SellerDesk's audit.

// Seller cancel reasons (middleCancelCode) and the one bigCancelCode.
const (
	CancelBigCode      = "CANERR"
	CancelOutOfStock   = "CCTTER" // 재고 연동 오류: out of stock (품절)
	CancelAddressError = "CCPNER" // 제휴사이트 오류: the address cannot be delivered to
	CancelPriceError   = "CCPRER" // 가격등재오류: the price was listed wrong
)

// Receipt types of a seller cancel's answer.
const (
	CancelReceiptCancel = "CANCEL"        // cancelled at once (결제완료)
	CancelReceiptStop   = "STOP_SHIPMENT" // shipment stopped (상품준비중)
)

// CancelLine is one vendor item of a seller cancel and how many of it to cancel.
type CancelLine struct {
	VendorItemID int64
	Count        int
}

// SellerCancelRequest is one 주문 상품 취소 처리 call: the lines of ONE shipment box of the order.
type SellerCancelRequest struct {
	OrderID int64
	// ShipmentBoxID is the box the lines are in (not sent: named in an *OutcomeUnknownError).
	ShipmentBoxID int64
	Lines         []CancelLine
	// Reason is the middleCancelCode (CancelOutOfStock when empty).
	Reason string
	// UserID is the seller's WING login id.
	UserID string
}

// CancelReceipt is one receipt a seller cancel made.
type CancelReceipt struct {
	ReceiptID     int64
	ReceiptType   string
	VendorItemIDs []int64
	TotalCount    int
}

// SellerCancelResult is Coupang's answer to a seller cancel.
type SellerCancelResult struct {
	// Code is the answer's code: SUCCESS (or 200), PARTIAL.
	Code     string
	Message  string
	OrderID  int64
	Receipts []CancelReceipt
	// Failed are the vendor items Coupang did not cancel (a PARTIAL answer).
	Failed []int64
}

// Partial reports whether some vendor items were not cancelled.
func (r SellerCancelResult) Partial() bool {
	return len(r.Failed) > 0 || strings.EqualFold(strings.TrimSpace(r.Code), "PARTIAL")
}

func validCancelReason(code string) bool {
	switch code {
	case CancelOutOfStock, CancelAddressError, CancelPriceError:
		return true
	}
	return false
}

// SellerCancel is 주문 상품 취소 처리. A 200 whose code is SUCCESS or PARTIAL is a result (PARTIAL
// names the failed vendor items); FAIL or an error answer is an *APIError; a lost answer is an
// *OutcomeUnknownError (read the box back, never send it again blindly).
func (c *Client) SellerCancel(ctx context.Context, req SellerCancelRequest) (SellerCancelResult, error) {
	if req.Reason == "" {
		req.Reason = CancelOutOfStock
	}
	ids := make([]int64, 0, len(req.Lines))
	counts := make([]int, 0, len(req.Lines))
	seen := map[int64]bool{}
	switch {
	case req.OrderID <= 0:
		return SellerCancelResult{}, invalid("orderId", "must be positive")
	case len(req.Lines) == 0:
		return SellerCancelResult{}, invalid("vendorItemIds", "no item given")
	case !validCancelReason(req.Reason):
		return SellerCancelResult{}, invalid("middleCancelCode", "%q is not CCTTER, CCPNER or CCPRER", req.Reason)
	case strings.TrimSpace(req.UserID) == "":
		return SellerCancelResult{}, invalid("userId", "the WING login id is required")
	}
	for _, l := range req.Lines {
		switch {
		case l.VendorItemID <= 0:
			return SellerCancelResult{}, invalid("vendorItemIds", "vendor item %d is not positive", l.VendorItemID)
		case l.Count <= 0:
			return SellerCancelResult{}, invalid("receiptCounts", "count %d of vendor item %d is not positive", l.Count, l.VendorItemID)
		case seen[l.VendorItemID]:
			return SellerCancelResult{}, invalid("vendorItemIds", "vendor item %d given twice", l.VendorItemID)
		}
		seen[l.VendorItemID] = true
		ids, counts = append(ids, l.VendorItemID), append(counts, l.Count)
	}
	body := struct {
		OrderID          int64   `json:"orderId"`
		VendorItemIDs    []int64 `json:"vendorItemIds"`
		ReceiptCounts    []int   `json:"receiptCounts"`
		BigCancelCode    string  `json:"bigCancelCode"`
		MiddleCancelCode string  `json:"middleCancelCode"`
		VendorID         string  `json:"vendorId"`
		UserID           string  `json:"userId"`
	}{req.OrderID, ids, counts, CancelBigCode, req.Reason, c.vendorID, strings.TrimSpace(req.UserID)}
	id := strconv.FormatInt(req.OrderID, 10)
	op := "seller cancel order " + id
	var boxes []int64
	if req.ShipmentBoxID > 0 {
		boxes = []int64{req.ShipmentBoxID}
	}
	var out SellerCancelResult
	err := c.call(ctx, request{op: op, method: http.MethodPost, path: c.path(EndpointSellerCancel, "/orders/"+id+"/cancel"),
		body: body, write: true, boxIDs: boxes}, func(b []byte) error {
		res, err := DecodeSellerCancelResult(b)
		if err != nil {
			return err
		}
		if !strings.EqualFold(res.Code, "PARTIAL") && !Code(res.Code).OK() {
			return &APIError{Op: op, HTTPStatus: http.StatusOK, Code: res.Code, Message: res.Message}
		}
		out = res
		return nil
	})
	return out, err
}

// DecodeSellerCancelResult reads the answer of a seller cancel (see SellerCancel).
func DecodeSellerCancelResult(body []byte) (SellerCancelResult, error) {
	env, err := decodeEnvelope(body)
	if err != nil {
		return SellerCancelResult{}, err
	}
	out := SellerCancelResult{Code: strings.TrimSpace(string(env.Code)), Message: env.Message}
	data := bytes.TrimSpace(env.Data)
	if len(data) == 0 || bytes.Equal(data, []byte("null")) {
		return out, nil
	}
	var d struct {
		OrderID    Int64           `json:"orderId"`
		ReceiptMap json.RawMessage `json:"receiptMap"`
		Failed     []Int64         `json:"failedVendorItemIds"`
		// failedItemIds is the portal's table's name for the same list.
		FailedOld []Int64 `json:"failedItemIds"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return SellerCancelResult{}, fmt.Errorf("%w: seller cancel result: %w", ErrMalformedResponse, err)
	}
	out.OrderID = int64(d.OrderID)
	for _, f := range append(d.Failed, d.FailedOld...) {
		out.Failed = append(out.Failed, int64(f))
	}
	out.Receipts, err = decodeReceiptMap(d.ReceiptMap)
	if err != nil {
		return SellerCancelResult{}, err
	}
	return out, nil
}

type cancelReceiptJSON struct {
	ReceiptID     Int64   `json:"receiptId"`
	ReceiptType   string  `json:"receiptType"`
	VendorItemIDs []Int64 `json:"vendorItemIds"`
	TotalCount    int     `json:"totalCount"`
}

func (r cancelReceiptJSON) receipt() CancelReceipt {
	out := CancelReceipt{ReceiptID: int64(r.ReceiptID), ReceiptType: strings.TrimSpace(r.ReceiptType), TotalCount: r.TotalCount}
	for _, v := range r.VendorItemIDs {
		out.VendorItemIDs = append(out.VendorItemIDs, int64(v))
	}
	return out
}

// decodeReceiptMap reads receiptMap in both of its shapes: one receipt object, or receipts keyed
// by their id.
func decodeReceiptMap(raw json.RawMessage) ([]CancelReceipt, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%w: receiptMap: %w", ErrMalformedResponse, err)
	}
	if _, flat := m["receiptId"]; flat {
		var r cancelReceiptJSON
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("%w: receiptMap: %w", ErrMalformedResponse, err)
		}
		return []CancelReceipt{r.receipt()}, nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]CancelReceipt, 0, len(keys))
	for _, k := range keys {
		var r cancelReceiptJSON
		if err := json.Unmarshal(m[k], &r); err != nil {
			return nil, fmt.Errorf("%w: receiptMap %s: %w", ErrMalformedResponse, k, err)
		}
		out = append(out, r.receipt())
	}
	return out, nil
}
