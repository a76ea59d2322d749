package coupang

import (
	"context"
	"net/http"
	"strconv"
	"strings"
)

// 교환상품 송장 업로드 처리 (article 360034027954): the invoice of the new goods of an exchange.
//
// What the current article says (2026-04 crawl): POST …/v4/vendors/{vendorId}/exchangeRequests/
// {exchangeId}/invoices; possible once 입고 확인 (360034027834) was done and the exchange list shows
// collectStatus CompleteCollect; 입고 확인 makes deliveryInvoiceGroupDtos appear in the exchange
// list and the NEW shipmentBoxId from there must be sent; "교환상품 입고확인 처리 후, 최대 10분 이후에
// 교환송장 업로드처리가 가능합니다". The crawl stops at "Body Parameter". The body is from the structured
// form of the same article in Coupang's former developer portal (public repository
// optionalg/coupang-developers.github.io, exchange-api/processing-exchange-product-invoice-upload,
// 2017-06 to 2018-12) and Coupang's Java SDK generated from it (ExchangeInvoicesDto, saveInvoice
// taking a List of them): a JSON ARRAY of {exchangeId, vendorId, shipmentBoxId, goodsDeliveryCode,
// invoiceNumber}, one line per re-delivery box; the answer is
// {"code":"200","message":"SUCCESS","data":{"resultCode":"SUCCESS"|"FAIL","resultMessage":"…"}}.
//
// The courier's field: the 2017 parameter table calls it goodsflowDeliveryCode (described as
// "굿스플로", with a code table of its own whose example value is a lower-case "coupangls"), while that
// same form's request example, every later form of the article (table and example, 2018-01 to
// 2018-12) and the SDK's ExchangeInvoicesDto all write goodsDeliveryCode, and the 2018-12 form
// links it to the one courier code table of the invoice upload (its example: CJGLS, EPOST).
// SellerDesk sends goodsDeliveryCode with the courier table's Coupang code (backend/lists), and the
// simulator accepts that name only. The example writes exchangeId and shipmentBoxId as strings;
// the table types them Number and the SDK Long: numbers are sent.

// ExchangeParcel is one line of an exchange invoice: a re-delivery box of the exchange (a
// shipmentBoxId of its deliveryInvoiceGroupDtos, not the box the goods were first delivered in),
// the courier's code and the invoice number.
type ExchangeParcel struct {
	ShipmentBoxID int64
	CourierCode   string
	InvoiceNumber string
}

// exchangeInvoiceLine is one element of the body.
type exchangeInvoiceLine struct {
	ExchangeID        int64  `json:"exchangeId"`
	VendorID          string `json:"vendorId"`
	ShipmentBoxID     int64  `json:"shipmentBoxId"`
	GoodsDeliveryCode string `json:"goodsDeliveryCode"`
	InvoiceNumber     string `json:"invoiceNumber"`
}

// UploadExchangeInvoices is 교환상품 송장 업로드: the parcels the exchange's new goods left with, one
// per re-delivery box. A refusal Coupang states in a 200 (resultCode FAIL) is a ReceiptResult
// that did not succeed; an error answer is an *APIError; a lost answer is an *OutcomeUnknownError
// (read the exchange back, never send it again blindly).
func (c *Client) UploadExchangeInvoices(ctx context.Context, exchangeID int64, parcels []ExchangeParcel) (ReceiptResult, error) {
	out := ReceiptResult{ReceiptID: exchangeID}
	if exchangeID <= 0 {
		return out, invalid("exchangeId", "must be positive")
	}
	if len(parcels) == 0 {
		return out, invalid("shipmentBoxId", "no re-delivery box given")
	}
	lines := make([]exchangeInvoiceLine, 0, len(parcels))
	boxes := make([]int64, 0, len(parcels))
	for _, p := range parcels {
		number := strings.TrimSpace(p.InvoiceNumber)
		switch {
		case p.ShipmentBoxID <= 0:
			return out, invalid("shipmentBoxId", "must be positive")
		case !courierCodePattern.MatchString(p.CourierCode):
			return out, invalid("goodsDeliveryCode", "not a courier code %q (e.g. CJGLS; 롯데=HYUNDAI, 로젠=KGB)", p.CourierCode)
		case number == "":
			return out, invalid("invoiceNumber", "missing for box %d", p.ShipmentBoxID)
		}
		for _, b := range boxes {
			if b == p.ShipmentBoxID {
				return out, invalid("shipmentBoxId", "box %d given twice", b)
			}
		}
		boxes = append(boxes, p.ShipmentBoxID)
		lines = append(lines, exchangeInvoiceLine{ExchangeID: exchangeID, VendorID: c.vendorID, ShipmentBoxID: p.ShipmentBoxID,
			GoodsDeliveryCode: p.CourierCode, InvoiceNumber: number})
	}
	id := strconv.FormatInt(exchangeID, 10)
	op := "upload exchange invoice " + id
	err := c.call(ctx, request{op: op, method: http.MethodPost, path: c.path(EndpointExchangeInvoices, "/exchangeRequests/"+id+"/invoices"),
		body: lines, write: true, boxIDs: boxes}, receiptAnswer(op, &out))
	return out, err
}
