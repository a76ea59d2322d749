package coupangsim

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The seller's corrections and answers to claims, with the rules of their articles:
//
//   - POST orders/updateInvoices (송장업데이트, 360034320653): the upload's body and per-box answer;
//     only boxes in DEPARTURE, DELIVERING, FINAL_DELIVERY or NONE_TRACKING ("나머지 상태에서는 에러
//     발생": INVALID_STATUS); the box goes back to DEPARTURE with the new courier and number.
//   - PUT returnRequests/{receiptId}/stoppedShipment (출고중지완료, 360034320673) and
//     …/completedShipment (이미출고, 360033793034): only while the receipt is RELEASE_STOP_UNCHECKED,
//     or RETURNS_UNCHECKED with the items not released, and not answered yet; answered
//     {"code":"200","message":"OK","data":{"resultCode":"SUCCESS|FAIL","resultMessage"}}. 출고중지완료
//     needs cancelCount equal to the receipt's quantity (FAQ 360023108753: "[INTERNAL_SERVER_ERROR]
//     취소반품접수수량과 cancelCount가 일치하지 않습니다"; the simulator answers it 400) and turns the
//     held units into cancelled ones; the receipt then is 반품완료 (workflow 360034152053). 이미출고
//     needs a courier code and an invoice number of its form, on no other box; the box leaves
//     (DEPARTURE, with that invoice) and the receipt goes on as a return (RETURNS_UNCHECKED).
//   - PUT …/receiveConfirmation (반품상품 입고 확인, 360034027214): only RETURNS_UNCHECKED returns
//     whose goods left; the receipt becomes VENDOR_WAREHOUSE_CONFIRM. PUT …/approval (반품요청 승인,
//     360034562513): only VENDOR_WAREHOUSE_CONFIRM, cancelCount equal to the receipt's; the
//     receipt becomes RETURNS_COMPLETED. Both answer {"code":"200","message":"OK"}; a receipt in
//     another state is refused 400 (the articles name no error; this is the simulator's form).

// receiptWrites maps the last path segment of a receipt write to its endpoint.
var receiptWrites = map[string]Endpoint{
	"stoppedShipment":     EndpointStoppedShipment,
	"completedShipment":   EndpointCompletedShipment,
	"receiveConfirmation": EndpointReceiveConfirmation,
	"approval":            EndpointReturnApproval,
}

// isWrite reports the endpoints that change the seller's orders.
func isWrite(ep Endpoint) bool {
	switch ep {
	case EndpointAcknowledge, EndpointInvoices, EndpointUpdateInvoices, EndpointStoppedShipment, EndpointCompletedShipment,
		EndpointReceiveConfirmation, EndpointReturnApproval, EndpointExchangeReceiveConfirmation, EndpointExchangeRejection,
		EndpointSellerCancel:
		return true
	}
	return false
}

func (s *Server) updateInvoices(body []byte, now time.Time) response {
	return s.invoiceCall(body, now, s.updateInvoice, "invoice update")
}

func (s *Server) updateInvoice(id int64, dtos []invoiceDTO, now time.Time) resultJSON {
	b, ok := s.boxes[id]
	if !ok {
		return resultJSON{id, false, "NOT_FOUND_SHIPMENT_BOX", false, strp(fmt.Sprintf("shipmentBoxId (%d) is not found.", id))}
	}
	switch {
	case *dtos[0].OrderID != b.OrderID:
		return resultJSON{id, false, "NOT_FOUND_SHIPMENT_BOX", false, strp("orderId does not match the shipment box.")}
	case b.Status != "DEPARTURE" && b.Status != "DELIVERING" && b.Status != "FINAL_DELIVERY" && b.Status != "NONE_TRACKING":
		return resultJSON{id, false, "INVALID_STATUS", false, strp(fmt.Sprintf("배송진행상태가 유효하지 않습니다. [합포장번호 : %d] [주문번호 : %d]", b.ID, b.OrderID))}
	}
	courier, number, bad := s.invoiceLines(b, dtos)
	if bad != nil {
		return *bad
	}
	delete(s.invoices, b.CourierCode+"/"+b.Invoice)
	s.invoices[courier+"/"+number] = id
	b.Status, b.CourierCode, b.Invoice, b.InvoiceAt = "DEPARTURE", courier, number, now
	b.InTransitAt, b.DeliveredAt = time.Time{}, time.Time{}
	return resultJSON{id, true, "OK", false, nil}
}

// stopPending reports whether the receipt is a stop request the seller has not answered.
func (rc *receipt) stopPending() bool {
	if rc.CancelList || rc.StopAnswer != "" {
		return false
	}
	if rc.Status == "RELEASE_STOP_UNCHECKED" {
		return true
	}
	if rc.Status != "RETURNS_UNCHECKED" || len(rc.Items) == 0 {
		return false
	}
	for _, ri := range rc.Items {
		if ri.ReleaseState != "N" {
			return false
		}
	}
	return true
}

func (rc *receipt) quantity() int {
	n := 0
	for _, ri := range rc.Items {
		n += ri.CancelCount
	}
	return n
}

func (s *Server) receiptWrite(ep Endpoint, idText string, body []byte, now time.Time) response {
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || id <= 0 {
		return errorResponse(http.StatusBadRequest, "receiptId must be a number.")
	}
	var req struct {
		VendorID            string  `json:"vendorId"`
		ReceiptID           *int64  `json:"receiptId"`
		CancelCount         *int    `json:"cancelCount"`
		DeliveryCompanyCode *string `json:"deliveryCompanyCode"`
		InvoiceNumber       *string `json:"invoiceNumber"`
	}
	if msg := s.vendorBody(body, &req); msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	switch {
	case req.ReceiptID == nil || *req.ReceiptID != id:
		return errorResponse(http.StatusBadRequest, "receiptId in the body does not match the path.")
	}
	var rc *receipt
	for _, r := range s.receipts {
		if r.ID == id {
			rc = r
		}
	}
	if rc == nil {
		return errorResponse(http.StatusBadRequest, fmt.Sprintf("receiptId (%d) is not found.", id))
	}
	result := func(ok bool, msg string) response {
		code := "SUCCESS"
		if !ok {
			code = "FAIL"
		}
		return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "OK",
			"data": map[string]any{"resultCode": code, "resultMessage": msg}})
	}
	switch ep {
	case EndpointStoppedShipment:
		switch {
		case req.CancelCount == nil:
			return errorResponse(http.StatusBadRequest, "cancelCount is required.")
		case !rc.stopPending():
			return result(false, "출고중지요청 상태가 아니어서 출고중지완료 처리할 수 없습니다.")
		case *req.CancelCount != rc.quantity():
			return errorResponse(http.StatusBadRequest, "[INTERNAL_SERVER_ERROR] 취소반품접수수량과 cancelCount가 일치하지 않습니다.")
		}
		for _, ri := range rc.Items {
			ri.Item.HoldCount -= ri.CancelCount
			ri.Item.CancelCount += ri.CancelCount
		}
		rc.Status, rc.StopAnswer, rc.ModifiedAt = "RETURNS_COMPLETED", "처리(출고중지)", now
		return result(true, "출고중지완료요청이 성공하였습니다")
	case EndpointCompletedShipment:
		if req.DeliveryCompanyCode == nil || req.InvoiceNumber == nil {
			return errorResponse(http.StatusBadRequest, "deliveryCompanyCode and invoiceNumber are required.")
		}
		courier, number := *req.DeliveryCompanyCode, strings.TrimSpace(*req.InvoiceNumber)
		if !rc.stopPending() {
			return result(false, "출고중지요청 상태가 아니어서 이미출고 처리할 수 없습니다.")
		}
		if _, known := courierNames[courier]; !known || (courier != "DIRECT" && !validInvoiceNumber(number)) {
			return result(false, "택배사 코드 또는 송장번호가 유효하지 않습니다.")
		}
		if other, dup := s.invoices[courier+"/"+number]; dup && courier != "DIRECT" {
			if b := s.boxes[other]; b == nil || b.OrderID != rc.OrderID {
				return result(false, "이미 사용된 송장번호입니다.")
			}
		}
		for _, ri := range rc.Items {
			ri.Item.HoldCount -= ri.CancelCount
			ri.ReleaseState = "Y"
			if b := s.boxes[ri.BoxID]; b != nil && b.Status == "INSTRUCT" {
				b.Status, b.CourierCode, b.Invoice, b.InvoiceAt = "DEPARTURE", courier, number, now
				s.invoices[courier+"/"+number] = b.ID
			}
		}
		rc.Status, rc.StopAnswer, rc.ModifiedAt = "RETURNS_UNCHECKED", "처리(이미출고)", now
		return result(true, "이미출고 상태변경이 성공하였습니다.")
	case EndpointReceiveConfirmation:
		if rc.Status != "RETURNS_UNCHECKED" || rc.stopPending() || rc.CancelList {
			return errorResponse(http.StatusBadRequest, "반품접수(RETURNS_UNCHECKED) 상태의 반품만 입고 확인할 수 있습니다.")
		}
		rc.Status, rc.ModifiedAt = "VENDOR_WAREHOUSE_CONFIRM", now
	case EndpointReturnApproval:
		switch {
		case rc.Status != "VENDOR_WAREHOUSE_CONFIRM":
			return errorResponse(http.StatusBadRequest, "입고완료(VENDOR_WAREHOUSE_CONFIRM) 상태의 반품만 승인할 수 있습니다.")
		case req.CancelCount == nil || *req.CancelCount != rc.quantity():
			return errorResponse(http.StatusBadRequest, "cancelCount must be the receipt's return quantity.")
		}
		rc.Status, rc.ModifiedAt = "RETURNS_COMPLETED", now
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "OK"})
}
