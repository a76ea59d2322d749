package coupangsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// POST orders/{orderId}/cancel (주문 상품 취소 처리, article 360033843154; the body, the answer and the
// errors from the field report and the former portal's form, cancel-api/instruct_cancel):
//
//   - only goods in 결제완료 (ACCEPT) or 상품준비중 (INSTRUCT): any other box is refused 400 "해당
//     벤더아이템이 결제완료/상품지시 중 상태가 아닙니다." (once dispatched, the seller cannot cancel);
//   - the vendor items of ONE shipment box a call ("shipmentBoxId 별로 각각 취소요청"): items of two
//     boxes are refused; a count above what is left (ordered − cancelled − held) is refused "취소
//     가능한 개수보다 요청한 개수가 더 많습니다." — when every item fails, a 400; when some do, a 200
//     PARTIAL naming them in failedVendorItemIds (a vendor item named twice: its counts add up);
//   - ACCEPT: whole only ("부분 취소는 불가능합니다."): every item of the box with all it has left;
//     cancelled at once, a CANCEL receipt (CANCEL_COMPLETED, listed with cancelType=CANCEL), the box
//     leaves the lists like a buyer's cancel at 결제완료;
//   - INSTRUCT: 출고중지완료 at once, in part too: the items' cancelCount grows, a RETURN receipt
//     RETURNS_COMPLETED answered 처리(출고중지), the reasons fixed to 배송불만 / 품절 and the detail
//     "파트너 API 강제 취소" as the portal says;
//   - the missing-field errors of the portal's table, bigCancelCode CANERR only, middleCancelCode
//     CCTTER, CCPNER or CCPRER only, the body's vendorId the path's, the body's orderId the path's,
//     userId required (and, when Config.WingUserID is set, that one: "업체 ID에 맞는 올바른 유저 ID를
//     입력해주세요.").
//
// Answer: {"code":"SUCCESS"|"PARTIAL","message","data":{"receiptMap":{"<id>":{receiptId,
// receiptType,vendorItemIds,totalCount}},"orderId","failedVendorItemIds"}}.

func (s *Server) sellerCancel(idText string, body []byte, now time.Time) response {
	pathID, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || pathID <= 0 {
		return errorResponse(http.StatusBadRequest, "주문 ID를 입력해 주세요.")
	}
	var req struct {
		OrderID          *int64  `json:"orderId"`
		VendorItemIDs    []int64 `json:"vendorItemIds"`
		ReceiptCounts    []int   `json:"receiptCounts"`
		BigCancelCode    string  `json:"bigCancelCode"`
		MiddleCancelCode string  `json:"middleCancelCode"`
		VendorID         string  `json:"vendorId"`
		UserID           string  `json:"userId"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return errorResponse(http.StatusBadRequest, "Request body is not valid JSON.")
	}
	switch {
	case req.OrderID == nil || *req.OrderID == 0:
		return errorResponse(http.StatusBadRequest, "주문 ID를 입력해 주세요.")
	case *req.OrderID != pathID:
		return errorResponse(http.StatusBadRequest, "주문 ID를 확인해 주세요.")
	case len(req.VendorItemIDs) == 0:
		return errorResponse(http.StatusBadRequest, "취소할 벤더아이템 아이디 목록을 입력해주세요.")
	case len(req.ReceiptCounts) == 0:
		return errorResponse(http.StatusBadRequest, "취소할 아이탬 개수 목록을 입력해주세요.")
	case len(req.ReceiptCounts) != len(req.VendorItemIDs):
		return errorResponse(http.StatusBadRequest, "요청한 상품 개수와 취소 개수를 확인해주세요.")
	case req.BigCancelCode == "":
		return errorResponse(http.StatusBadRequest, "취소사유 대분류 코드를 입력해주세요.")
	case req.BigCancelCode != "CANERR":
		return errorResponse(http.StatusBadRequest, "취소사유 대분류 코드를 확인해 주세요.")
	case req.MiddleCancelCode == "":
		return errorResponse(http.StatusBadRequest, "취소사유 중분류 코드를 입력해주세요.")
	case req.MiddleCancelCode != "CCTTER" && req.MiddleCancelCode != "CCPNER" && req.MiddleCancelCode != "CCPRER":
		return errorResponse(http.StatusBadRequest, "취소사유 중분류 코드를 확인해 주세요.")
	case req.VendorID != s.cfg.VendorID:
		return errorResponse(http.StatusBadRequest, "업체 ID를 입력해주세요.")
	case strings.TrimSpace(req.UserID) == "" || (s.cfg.WingUserID != "" && req.UserID != s.cfg.WingUserID):
		return errorResponse(http.StatusBadRequest, "업체 ID에 맞는 올바른 유저 ID를 입력해주세요.")
	}
	for _, n := range req.ReceiptCounts {
		if n <= 0 {
			return errorResponse(http.StatusBadRequest, "취소할 아이탬 개수 목록을 입력해주세요.")
		}
	}
	// Find the box: every item must be in the same box of the order.
	var b *box
	items := make([]*boxItem, len(req.VendorItemIDs))
	for i, vid := range req.VendorItemIDs {
		var found *boxItem
		var in *box
		for _, bid := range s.orders[pathID] {
			for _, it := range s.boxes[bid].Items {
				if it.VendorItemID == vid {
					found, in = it, s.boxes[bid]
				}
			}
		}
		if found == nil {
			if len(s.orders[pathID]) == 0 {
				return errorResponse(http.StatusBadRequest, "주문 정보가 없습니다.")
			}
			return errorResponse(http.StatusBadRequest, fmt.Sprintf("주문정보가 없습니다.[%d]", vid))
		}
		if b != nil && in != b {
			return errorResponse(http.StatusBadRequest, "하나의 주문에 묶음배송번호가 여럿이면 묶음배송번호(shipmentBoxId)별로 취소요청해 주세요.")
		}
		b, items[i] = in, found
	}
	if b.Status != "ACCEPT" && b.Status != "INSTRUCT" {
		return errorResponse(http.StatusBadRequest, "해당 벤더아이템이 결제완료/상품지시 중 상태가 아닙니다.")
	}
	// The counts are in the order sheet's basis: since 2024-04-12 a bundle option's shippingCount
	// is stated in the seller's original option (bundles × size, render.go), so a cancel counts the
	// same way; the box keeps bundles, so a count must be whole bundles. The page is silent on
	// bundles: this is the strict reading consistent with the reads.
	per := func(it *boxItem) int {
		if it.BundleSize > 1 && s.bundleForm == BundleFormUnits {
			return it.BundleSize
		}
		return 1
	}
	left := func(it *boxItem) int { return (it.Count - it.CancelCount - it.HoldCount) * per(it) }
	if b.Status == "ACCEPT" {
		named := map[int64]int{}
		for i, vid := range req.VendorItemIDs {
			named[vid] += req.ReceiptCounts[i]
		}
		for _, it := range b.Items {
			if l := left(it); l > 0 && named[it.VendorItemID] < l { // more than left is refused below
				return errorResponse(http.StatusBadRequest, "부분 취소는 불가능합니다.")
			}
		}
	}
	var failed, done []int64
	var msgs []string
	var take []receiptItem
	total := 0
	asked := map[int64]int{} // a vendor item named twice: its counts together against what is left
	for i, it := range items {
		asked[it.VendorItemID] += req.ReceiptCounts[i]
	}
	for i, it := range items {
		n := req.ReceiptCounts[i]
		if asked[it.VendorItemID] > left(it) {
			if !slices.Contains(failed, it.VendorItemID) {
				failed = append(failed, it.VendorItemID)
				msgs = append(msgs, fmt.Sprintf("[%d]<= 취소 가능한 개수보다 요청한 개수가 더 많습니다.", it.VendorItemID))
			}
			continue
		}
		if n%per(it) != 0 {
			failed = append(failed, it.VendorItemID)
			msgs = append(msgs, fmt.Sprintf("[%d]<= 묶음 상품은 묶음 단위(%d개)로 취소해 주세요.", it.VendorItemID, per(it)))
			continue
		}
		done = append(done, it.VendorItemID)
		take = append(take, receiptItem{BoxID: b.ID, Item: it, Purchase: it.Count, CancelCount: n / per(it), ReleaseState: "N"})
		total += n
	}
	reqNo := fmt.Sprintf("[요청번호] %s\r\n", s.transactionID())
	if len(take) == 0 || (b.Status == "ACCEPT" && len(failed) > 0) {
		// the article's third example: a 400 naming every failed vendor item, no receipt
		return jsonResponse(http.StatusBadRequest, map[string]any{"code": "400", "message": reqNo + strings.Join(msgs, "\r\n"),
			"data": map[string]any{"receiptMap": map[string]any{}, "orderId": b.OrderID, "failedVendorItemIds": failed}})
	}
	s.nextReceipt += 1 + int64(s.rng.IntN(9))
	rc := &receipt{ID: s.nextReceipt, OrderID: b.OrderID, CreatedAt: now, ModifiedAt: now, Requester: b.Receiver, ByVendor: true, Items: take}
	receiptType := "CANCEL"
	if b.Status == "ACCEPT" {
		rc.Type, rc.Status, rc.CancelList = "CANCEL", "CANCEL_COMPLETED", true
	} else {
		receiptType = "STOP_SHIPMENT"
		rc.Type, rc.Status, rc.StopAnswer = "RETURN", "RETURNS_COMPLETED", "처리(출고중지)"
	}
	for _, ri := range take {
		ri.Item.CancelCount += ri.CancelCount
	}
	s.receipts = append(s.receipts, rc)
	code := "SUCCESS"
	if len(failed) > 0 {
		code = "PARTIAL"
	}
	if failed == nil {
		failed = []int64{}
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": code, "message": reqNo + strings.Join(msgs, "\r\n"),
		"data": map[string]any{
			"receiptMap": map[string]any{strconv.FormatInt(rc.ID, 10): map[string]any{
				"receiptId": rc.ID, "receiptType": receiptType, "vendorItemIds": done, "totalCount": total}},
			"orderId": b.OrderID, "failedVendorItemIds": failed,
		}})
}
