package coupang

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"sellerdesk/backend/apierr"
)

// The seller's answers to a return/cancel receipt: one PUT per receipt, on
// /returnRequests/{receiptId}/…, with the vendorId and the receiptId in the body too.
//
//   - 출고중지완료 (StopShipment, article 360034320673) and 이미출고 (CompletedShipment, article
//     360033793034): usable while the receipt is RELEASE_STOP_UNCHECKED, or RETURNS_UNCHECKED with
//     the items not released (releaseStatus "N"). A cancel during 상품준비중 then moves to 반품완료
//     (배송/환불 API 워크플로우, 360034152053). 출고중지완료 carries cancelCount, which must equal the
//     receipt's cancel quantity ("취소반품접수수량과 cancelCount가 일치하지 않습니다", 360023108753);
//     이미출고 carries the courier's code and the invoice number. Answer:
//     {"code":"200","message":"OK","data":{"resultCode":"SUCCESS|FAIL","resultMessage":"…"}}.
//   - 반품상품 입고 확인 (ConfirmReturnReceived, article 360034027214): while RETURNS_UNCHECKED;
//     반품요청 승인 (ApproveReturn, article 360034562513): while VENDOR_WAREHOUSE_CONFIRM, with
//     cancelCount. Answer: {"code":"200","message":"OK"}.
//
// The articles show "PATCH PUT" with PATCH struck through: PUT is sent.

// ReceiptResult is Coupang's answer about one receipt.
type ReceiptResult struct {
	ReceiptID int64
	// Succeeded: Coupang applied the answer. Otherwise ResultCode and ResultMessage say why.
	Succeeded     bool
	ResultCode    string
	ResultMessage string
}

// Result codes of the receipt writes (data.resultCode).
const (
	ReceiptSuccess = "SUCCESS"
	ReceiptFail    = "FAIL"
)

// StopShipment is 출고중지완료: the goods of the receipt will not be shipped. cancelCount is the
// receipt's cancel quantity (cancelCountSum).
func (c *Client) StopShipment(ctx context.Context, receiptID int64, cancelCount int) (ReceiptResult, error) {
	if cancelCount <= 0 {
		return ReceiptResult{ReceiptID: receiptID}, invalid("cancelCount", "must be the receipt's cancel quantity, got %d", cancelCount)
	}
	return c.receiptWrite(ctx, "stop shipment", EndpointStoppedShipment, "stoppedShipment", receiptID,
		map[string]any{"cancelCount": cancelCount})
}

// CompletedShipment is 이미출고: the goods left already, with this courier code and invoice number.
func (c *Client) CompletedShipment(ctx context.Context, receiptID int64, courierCode, invoiceNumber string) (ReceiptResult, error) {
	switch {
	case !courierCodePattern.MatchString(courierCode):
		return ReceiptResult{ReceiptID: receiptID}, invalid("deliveryCompanyCode", "not a courier code %q", courierCode)
	case strings.TrimSpace(invoiceNumber) == "":
		return ReceiptResult{ReceiptID: receiptID}, invalid("invoiceNumber", "missing")
	}
	return c.receiptWrite(ctx, "completed shipment", EndpointCompletedShipment, "completedShipment", receiptID,
		map[string]any{"deliveryCompanyCode": courierCode, "invoiceNumber": strings.TrimSpace(invoiceNumber)})
}

// ConfirmReturnReceived is 반품상품 입고 확인: the returned goods are back in the seller's hands.
func (c *Client) ConfirmReturnReceived(ctx context.Context, receiptID int64) (ReceiptResult, error) {
	return c.receiptWrite(ctx, "confirm return received", EndpointReceiveConfirmation, "receiveConfirmation", receiptID, nil)
}

// ApproveReturn is 반품요청 승인: the return is approved and refunded. cancelCount is the receipt's
// return quantity.
func (c *Client) ApproveReturn(ctx context.Context, receiptID int64, cancelCount int) (ReceiptResult, error) {
	if cancelCount <= 0 {
		return ReceiptResult{ReceiptID: receiptID}, invalid("cancelCount", "must be the receipt's return quantity, got %d", cancelCount)
	}
	return c.receiptWrite(ctx, "approve return", EndpointReturnApproval, "approval", receiptID, map[string]any{"cancelCount": cancelCount})
}

// receiptWrite sends one answer about a receipt. A refusal Coupang states in a 200 (resultCode
// FAIL) is a ReceiptResult that did not succeed; an error answer (400: the receipt is not in a
// state for it) is an *APIError; a lost answer is an *OutcomeUnknownError (read the receipt back,
// never send it again blindly).
func (c *Client) receiptWrite(ctx context.Context, op string, ep Endpoint, action string, receiptID int64, extra map[string]any) (ReceiptResult, error) {
	return c.idWrite(ctx, op, ep, "/returnRequests/", "receiptId", action, receiptID, extra)
}

// idWrite sends one PUT about a receipt or an exchange (…/{collection}{id}/{action}, the id in the
// body too under idField) and reads the answer the same way (DecodeReceiptResult).
func (c *Client) idWrite(ctx context.Context, op string, ep Endpoint, collection, idField, action string, id int64, extra map[string]any) (ReceiptResult, error) {
	out := ReceiptResult{ReceiptID: id}
	if id <= 0 {
		return out, invalid(idField, "must be positive")
	}
	body := map[string]any{"vendorId": c.vendorID, idField: id}
	for k, v := range extra {
		body[k] = v
	}
	op = op + " " + strconv.FormatInt(id, 10)
	err := c.call(ctx, request{op: op, method: http.MethodPut, path: c.path(ep, collection+strconv.FormatInt(id, 10)+"/"+action),
		body: body, write: true}, receiptAnswer(op, &out))
	return out, err
}

// receiptAnswer reads the answer of a receipt or exchange write into out (DecodeReceiptResult): an
// error code is an error, a resultCode other than SUCCESS a result that did not succeed.
func receiptAnswer(op string, out *ReceiptResult) func([]byte) error {
	return func(b []byte) error {
		code, msg, res, err := DecodeReceiptResult(b)
		if err != nil {
			return err
		}
		if err := checkCode(op, code, msg); err != nil {
			return err
		}
		out.ResultCode, out.ResultMessage = res.ResultCode, res.ResultMessage
		out.Succeeded = res.ResultCode == "" || strings.EqualFold(res.ResultCode, ReceiptSuccess)
		return nil
	}
}

// DecodeReceiptResult reads the answer of a receipt write. The articles show three shapes:
// {"code","message","data":{"resultCode","resultMessage"}} (출고중지완료), the same with code and
// message inside data (이미출고's example), and {"code","message"} without data (입고 확인, 승인).
func DecodeReceiptResult(body []byte) (Code, string, ReceiptResult, error) {
	env, err := decodeEnvelope(body)
	if err != nil {
		return "", "", ReceiptResult{}, err
	}
	var res ReceiptResult
	code, msg := env.Code, env.Message
	data := bytes.TrimSpace(env.Data)
	if len(data) > 0 && !bytes.Equal(data, []byte("null")) {
		var d struct {
			Code          Code   `json:"code"`
			Message       string `json:"message"`
			ResultCode    string `json:"resultCode"`
			ResultMessage string `json:"resultMessage"`
		}
		if err := json.Unmarshal(data, &d); err != nil {
			return "", "", ReceiptResult{}, fmt.Errorf("%w: receipt result: %w", ErrMalformedResponse, err)
		}
		if code == "" {
			code, msg = d.Code, d.Message
		}
		res.ResultCode, res.ResultMessage = strings.TrimSpace(d.ResultCode), d.ResultMessage
	}
	return code, msg, res, nil
}

// SellerMessage explains a receipt answer Coupang did not apply, in Korean with Coupang's words.
func (r ReceiptResult) SellerMessage() string {
	return apierr.Quote("쿠팡이 처리하지 않았습니다. 요청 상태가 바뀌었을 수 있으니 주문을 다시 불러와 확인하세요.", "쿠팡", r.ResultMessage)
}
