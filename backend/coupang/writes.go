package coupang

import (
	"context"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sellerdesk/backend/order"
)

// Acknowledge moves ACCEPT boxes to INSTRUCT (상품준비중), at most 50 boxes per call, chunked.
// Results of all chunks are merged. On an answer that is lost (504/521/timeout/truncated) it
// stops and returns the results so far with an *OutcomeUnknownError naming the boxes of the
// failed chunk: read those boxes back before acknowledging them again. Any other error (400,
// 429, ...) also stops at its chunk; later chunks are not sent. Repeated ids are sent once.
func (c *Client) Acknowledge(ctx context.Context, shipmentBoxIDs []int64) (WriteResult, error) {
	if len(shipmentBoxIDs) == 0 {
		return WriteResult{ResponseCode: ResponseNone}, invalid("shipmentBoxIds", "no boxes given")
	}
	unique := make([]int64, 0, len(shipmentBoxIDs))
	seen := make(map[int64]bool, len(shipmentBoxIDs))
	for _, id := range shipmentBoxIDs {
		if id <= 0 {
			return WriteResult{ResponseCode: ResponseNone}, invalid("shipmentBoxIds", "box id %d is not positive", id)
		}
		if !seen[id] {
			seen[id] = true
			unique = append(unique, id)
		}
	}
	var merged []BoxResult
	for chunk := range slices.Chunk(unique, MaxAckBoxes) {
		body := struct {
			VendorID       string  `json:"vendorId"`
			ShipmentBoxIDs []int64 `json:"shipmentBoxIds"`
		}{c.vendorID, chunk}
		res, err := c.write(ctx, request{
			op: "acknowledge", method: http.MethodPut, path: c.path(EndpointAcknowledgement, "/ordersheets/acknowledgement"),
			body: body, write: true, boxIDs: slices.Clone(chunk),
		})
		merged = append(merged, res.ResponseList...)
		if err != nil {
			return mergeResults(merged), err
		}
	}
	return mergeResults(merged), nil
}

// Invoice is one line of an invoice upload: one per vendorItemId of the box.
type Invoice struct {
	ShipmentBoxID         int64  `json:"shipmentBoxId"`
	OrderID               int64  `json:"orderId"`
	VendorItemID          int64  `json:"vendorItemId"`
	DeliveryCompanyCode   string `json:"deliveryCompanyCode"`
	InvoiceNumber         string `json:"invoiceNumber"`
	SplitShipping         bool   `json:"splitShipping"`
	PreSplitShipped       bool   `json:"preSplitShipped"`
	EstimatedShippingDate string `json:"estimatedShippingDate"`
}

// InvoicesForBox builds the upload lines for a whole box: one per vendor item, same courier and
// invoice number, no split shipping.
func InvoicesForBox(s OrderSheet, courierCode, invoiceNumber string) []Invoice {
	out := make([]Invoice, 0, len(s.OrderItems))
	seen := map[Int64]bool{}
	for _, it := range s.OrderItems {
		if seen[it.VendorItemID] {
			continue
		}
		seen[it.VendorItemID] = true
		out = append(out, Invoice{
			ShipmentBoxID:       int64(s.ShipmentBoxID),
			OrderID:             int64(s.OrderID),
			VendorItemID:        int64(it.VendorItemID),
			DeliveryCompanyCode: courierCode,
			InvoiceNumber:       invoiceNumber,
		})
	}
	return out
}

// InvoicesForShipment builds the upload lines for a stored box (an order.Shipment mapped from its
// order sheet: ID is the shipmentBoxId, OrderID the orderId, each line's ItemID a vendorItemId):
// one per vendor item, same courier and invoice number, no split shipping. It is nil when the box
// has no item or an id is not a number.
func InvoicesForShipment(s *order.Shipment, courierCode, invoiceNumber string) []Invoice {
	box, err1 := strconv.ParseInt(s.ID, 10, 64)
	oid, err2 := strconv.ParseInt(s.OrderID, 10, 64)
	if err1 != nil || err2 != nil {
		return nil
	}
	sheet := OrderSheet{ShipmentBoxID: Int64(box), OrderID: Int64(oid)}
	for _, l := range s.Lines {
		item, err := strconv.ParseInt(l.ItemID, 10, 64)
		if err != nil {
			return nil
		}
		sheet.OrderItems = append(sheet.OrderItems, OrderItem{VendorItemID: Int64(item)})
	}
	return InvoicesForBox(sheet, courierCode, invoiceNumber)
}

const maxInvoicesPerCall = 50

// courierCodePattern accepts codes outside SellerDesk's courier table too (Coupang adds codes);
// the one table (backend/lists/couriers.tsv) is for lookups.
var courierCodePattern = regexp.MustCompile(`^[A-Z0-9_]{2,32}$`)

func validateInvoice(inv Invoice) error {
	switch {
	case inv.ShipmentBoxID <= 0 || inv.OrderID <= 0 || inv.VendorItemID <= 0:
		return invalid("orderSheetInvoiceApplyDtos", "shipmentBoxId, orderId and vendorItemId are required")
	case !courierCodePattern.MatchString(inv.DeliveryCompanyCode):
		return invalid("deliveryCompanyCode", "not a courier code %q (e.g. CJGLS; 롯데=HYUNDAI, 로젠=KGB)", inv.DeliveryCompanyCode)
	case inv.SplitShipping && inv.InvoiceNumber == "" && inv.EstimatedShippingDate == "":
		return invalid("invoiceNumber", "split shipping needs an invoice number or an estimated shipping date")
	case !inv.SplitShipping && strings.TrimSpace(inv.InvoiceNumber) == "":
		return invalid("invoiceNumber", "missing for box %d", inv.ShipmentBoxID)
	case !inv.SplitShipping && inv.EstimatedShippingDate != "":
		return invalid("estimatedShippingDate", "only for split shipping")
	case inv.EstimatedShippingDate != "" && !isDate(inv.EstimatedShippingDate):
		return invalid("estimatedShippingDate", "must be YYYY-MM-DD, got %q", inv.EstimatedShippingDate)
	}
	return nil
}

func isDate(s string) bool {
	t, err := ParseTime(s)
	return err == nil && len(s) == len(dayLayout) && !t.IsZero()
}

// UploadInvoices uploads invoice numbers (송장업로드) for INSTRUCT boxes. Lines of one box stay
// in one call; calls carry at most 50 lines. Per-box results are merged; see Acknowledge for
// the outcome-unknown rule.
func (c *Client) UploadInvoices(ctx context.Context, invoices []Invoice) (WriteResult, error) {
	return c.sendInvoices(ctx, "upload invoices", EndpointInvoices, "/orders/invoices", invoices)
}

// UpdateInvoices changes the courier and invoice number of boxes already dispatched (송장업데이트,
// article 360034320653: "잘못 등록한 운송장 내용을 변경합니다"). Coupang takes it only while the box
// is DEPARTURE, DELIVERING, FINAL_DELIVERY or NONE_TRACKING and moves the box back to DEPARTURE.
// The body and the per-box answer are those of the upload; the same batching and outcome-unknown
// rule apply.
func (c *Client) UpdateInvoices(ctx context.Context, invoices []Invoice) (WriteResult, error) {
	return c.sendInvoices(ctx, "update invoices", EndpointUpdateInvoices, "/orders/updateInvoices", invoices)
}

func (c *Client) sendInvoices(ctx context.Context, op string, ep Endpoint, path string, invoices []Invoice) (WriteResult, error) {
	if len(invoices) == 0 {
		return WriteResult{ResponseCode: ResponseNone}, invalid("orderSheetInvoiceApplyDtos", "no invoices given")
	}
	for _, inv := range invoices {
		if err := validateInvoice(inv); err != nil {
			return WriteResult{ResponseCode: ResponseNone}, err
		}
	}
	var merged []BoxResult
	for _, batch := range invoiceBatches(invoices) {
		body := struct {
			VendorID string    `json:"vendorId"`
			DTOs     []Invoice `json:"orderSheetInvoiceApplyDtos"`
		}{c.vendorID, batch}
		var boxes []int64
		for _, inv := range batch {
			if !slices.Contains(boxes, inv.ShipmentBoxID) {
				boxes = append(boxes, inv.ShipmentBoxID)
			}
		}
		res, err := c.write(ctx, request{
			op: op, method: http.MethodPost, path: c.path(ep, path),
			body: body, write: true, boxIDs: boxes,
		})
		merged = append(merged, res.ResponseList...)
		if err != nil {
			return mergeResults(merged), err
		}
	}
	return mergeResults(merged), nil
}

// invoiceBatches groups lines by box (in first-seen order) and packs boxes into calls of at
// most 50 lines (a box with more lines goes alone).
func invoiceBatches(invoices []Invoice) [][]Invoice {
	var order []int64
	byBox := map[int64][]Invoice{}
	for _, inv := range invoices {
		if _, ok := byBox[inv.ShipmentBoxID]; !ok {
			order = append(order, inv.ShipmentBoxID)
		}
		byBox[inv.ShipmentBoxID] = append(byBox[inv.ShipmentBoxID], inv)
	}
	var out [][]Invoice
	var cur []Invoice
	for _, id := range order {
		lines := byBox[id]
		if len(cur) > 0 && len(cur)+len(lines) > maxInvoicesPerCall {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, lines...)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (c *Client) write(ctx context.Context, r request) (WriteResult, error) {
	var res WriteResult
	err := c.call(ctx, r, func(body []byte) error {
		code, msg, w, err := DecodeWriteResult(body)
		if err != nil {
			return err
		}
		if err := checkCode(r.op, code, msg); err != nil {
			return err
		}
		res = w
		return nil
	})
	if err != nil {
		return WriteResult{}, err
	}
	return res, nil
}

// mergeResults recomputes responseCode over the merged per-box list.
func mergeResults(list []BoxResult) WriteResult {
	w := WriteResult{ResponseList: list}
	ok := 0
	for _, r := range list {
		if r.Succeed {
			ok++
		}
	}
	switch {
	case len(list) == 0:
		w.ResponseCode, w.ResponseMessage = ResponseNone, "NONE"
	case ok == len(list):
		w.ResponseCode, w.ResponseMessage = ResponseSuccess, "SUCCESS"
	case ok == 0:
		w.ResponseCode, w.ResponseMessage = ResponseFailed, "FAILED"
	default:
		w.ResponseCode, w.ResponseMessage = ResponsePartialError, "PARTIAL_ERROR"
	}
	return w
}
