package coupangsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sellerdesk/backend/order"
	"strconv"
	"strings"
	"time"
)

const (
	tLayout     = "2006-01-02T15:04:05"
	spaceLayout = "2006-01-02 15:04:05"
	dateLayout  = "2006-01-02"
	minLayout   = "2006-01-02T15:04"
	tokenMask   = 0x5bd1e995
)

var listStatuses = map[string]bool{"ACCEPT": true, "INSTRUCT": true, "DEPARTURE": true, "DELIVERING": true, "FINAL_DELIVERY": true, "NONE_TRACKING": true}

func (s *Server) route(r *http.Request, ep Endpoint, rest []string, body []byte, now time.Time) response {
	switch ep {
	case EndpointOrderSheets:
		return s.listOrderSheets(r.URL.Query(), s.offsetSuffix(), now)
	case EndpointOrderSheet:
		id, err := strconv.ParseInt(rest[1], 10, 64)
		if err != nil {
			return errorResponse(http.StatusBadRequest, "shipmentBoxId must be a number.")
		}
		b, ok := s.boxes[id]
		if !ok {
			return errorResponse(http.StatusBadRequest, fmt.Sprintf("shipmentBoxId (%d) is not found.", id))
		}
		return jsonResponse(http.StatusOK, map[string]any{"code": 200, "message": "OK", "data": s.render(b)})
	case EndpointOrderSheetsByOrder:
		id, err := strconv.ParseInt(rest[0], 10, 64)
		if err != nil {
			return errorResponse(http.StatusBadRequest, "orderId must be a number.")
		}
		ids, ok := s.orders[id]
		if !ok {
			return errorResponse(http.StatusBadRequest, fmt.Sprintf("orderId (%d) is not found.", id))
		}
		data := make([]orderSheetJSON, 0, len(ids))
		for _, bid := range ids {
			data = append(data, s.render(s.boxes[bid]))
		}
		return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "OK", "data": data})
	case EndpointAcknowledge:
		return s.acknowledge(body, now)
	case EndpointInvoices:
		return s.uploadInvoices(body, now)
	case EndpointReturnRequests:
		return s.listReturnRequests(r.URL.Query())
	case EndpointReturnWithdrawRequests:
		return s.listWithdrawals(r.URL.Query())
	case EndpointExchangeRequests:
		return s.listExchanges(r.URL.Query(), now)
	case EndpointExchangeReceiveConfirmation, EndpointExchangeRejection:
		return s.exchangeWrite(ep, rest[1], body, now)
	case EndpointExchangeInvoices:
		return s.exchangeInvoices(rest[1], body, now)
	case EndpointUpdateInvoices:
		return s.updateInvoices(body, now)
	case EndpointSellerCancel:
		return s.sellerCancel(rest[1], body, now)
	case EndpointStoppedShipment, EndpointCompletedShipment, EndpointReceiveConfirmation, EndpointReturnApproval:
		return s.receiptWrite(ep, rest[1], body, now)
	}
	return errorResponse(http.StatusNotFound, "No API found for this path.")
}

// offsetSuffix is what the order-sheet lists want after their dates: v5 and later write them
// yyyy-MM-dd+09:00 and yyyy-MM-ddTHH:mm+09:00 (articles 360033919573, 360033792774), v4 without.
func (s *Server) offsetSuffix() string {
	if n, err := strconv.Atoi(strings.TrimPrefix(s.versions[EndpointOrderSheets], "v")); err == nil && n >= 5 {
		return "+09:00"
	}
	return ""
}

// window parses createdAtFrom/To in day or minute mode and checks the documented limits; suffix
// must follow each value ("+09:00" in the v5 order-sheet lists). A "+" sent unencoded arrives as
// a space and is refused like any other malformed date.
func window(q url.Values, suffix string) (from, to time.Time, minute bool, msg string) {
	minute = q.Get("searchType") == "timeFrame"
	f, t := q.Get("createdAtFrom"), q.Get("createdAtTo")
	if f == "" || t == "" {
		return from, to, minute, "createdAtFrom and createdAtTo are required."
	}
	layout := dateLayout
	if minute {
		layout = minLayout
	}
	want := strings.ReplaceAll(strings.ReplaceAll(layout, "2006-01-02", "yyyy-MM-dd"), "15:04", "HH:mm") + suffix
	f, okF := strings.CutSuffix(f, suffix)
	t, okT := strings.CutSuffix(t, suffix)
	var err error
	if from, err = time.ParseInLocation(layout, f, order.KST()); err != nil || !okF {
		return from, to, minute, "createdAtFrom must be " + want + "."
	}
	if to, err = time.ParseInLocation(layout, t, order.KST()); err != nil || !okT {
		return from, to, minute, "createdAtTo must be " + want + "."
	}
	if to.Before(from) {
		return from, to, minute, "createdAtTo is before createdAtFrom."
	}
	if minute && to.Sub(from) > 24*time.Hour {
		return from, to, minute, "The search period can be up to 24 hours in timeFrame search."
	}
	if !minute && to.Sub(from) > 31*24*time.Hour {
		return from, to, minute, "The search period can be up to 31 days."
	}
	if !minute {
		to = to.AddDate(0, 0, 1) // inclusive day
	} else {
		to = to.Add(time.Minute - time.Nanosecond)
	}
	return from, to, minute, ""
}

func pageSize(q url.Values) (int, string) {
	per := 50
	if v := q.Get("maxPerPage"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 50 {
			return 0, "maxPerPage must be between 1 and 50."
		}
		per = n
	}
	return per, ""
}

func parseToken(tok string) (int64, bool) {
	if tok == "" {
		return 0, true
	}
	tok, _, _ = strings.Cut(tok, "-") // a runaway token's number (SetEndlessPaging)
	n, err := strconv.ParseUint(tok, 10, 64)
	if err != nil {
		return 0, false
	}
	return int64(n ^ tokenMask), true
}

func makeToken(lastID int64) string { return strconv.FormatUint(uint64(lastID)^tokenMask, 10) }

// listed reports whether b shows in list calls at now: paid long enough ago and not a box
// that was cancelled whole while ACCEPT.
func (s *Server) listed(b *box, now time.Time) bool {
	if now.Before(b.PaidAt.Add(s.cfg.ListDelay)) {
		return false
	}
	return !(b.Status == "ACCEPT" && b.fullyCanceled())
}

func (b *box) fullyCanceled() bool {
	for _, it := range b.Items {
		if it.CancelCount < it.Count {
			return false
		}
	}
	return len(b.Items) > 0
}

func (s *Server) listOrderSheets(q url.Values, suffix string, now time.Time) response {
	from, to, minute, msg := window(q, suffix)
	if msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	status := q.Get("status")
	if !listStatuses[status] {
		return errorResponse(http.StatusBadRequest, "status is required and must be one of ACCEPT, INSTRUCT, DEPARTURE, DELIVERING, FINAL_DELIVERY, NONE_TRACKING.")
	}
	per, after, msg := paging(q, minute)
	if msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	data := []orderSheetJSON{}
	next := ""
	for _, b := range s.sortedBoxes() {
		if b.ID <= after || b.Status != status || !s.listed(b, now) || b.OrderedAt.Before(from) || b.OrderedAt.After(to) {
			continue
		}
		if per > 0 && len(data) == per {
			next = makeToken(int64(data[len(data)-1].ShipmentBoxID))
			break
		}
		data = append(data, s.render(b))
	}
	if s.endless[status] && next == "" && !minute {
		next = s.runawayPage(&data, status, per, after, from, to, now)
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": 200, "message": "OK", "data": data, "nextToken": next})
}

func (s *Server) listReturnRequests(q url.Values) response {
	from, to, minute, msg := window(q, "")
	if msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	status, cancelType, orderID := q.Get("status"), q.Get("cancelType"), q.Get("orderId")
	switch {
	case cancelType != "" && cancelType != "CANCEL" && cancelType != "RETURN":
		return errorResponse(http.StatusBadRequest, "cancelType must be CANCEL or RETURN.")
	case cancelType == "CANCEL" && (status != "" || orderID != ""):
		return errorResponse(http.StatusBadRequest, "cancelType=CANCEL is used without status and orderId.")
	case cancelType != "CANCEL" && status == "" && orderID == "":
		return errorResponse(http.StatusBadRequest, "status or orderId is required.")
	case status != "" && status != "RU" && status != "UC" && status != "CC" && status != "PR":
		return errorResponse(http.StatusBadRequest, "status must be one of RU, UC, CC, PR.")
	}
	var oid int64
	if orderID != "" {
		var err error
		if oid, err = strconv.ParseInt(orderID, 10, 64); err != nil {
			return errorResponse(http.StatusBadRequest, "orderId must be a number.")
		}
	}
	per, after, msg := paging(q, minute)
	if msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	data := []receiptJSON{}
	next := ""
	for _, rc := range s.receipts {
		if rc.ID <= after || rc.CreatedAt.Before(from) || rc.CreatedAt.After(to) {
			continue
		}
		if cancelType == "CANCEL" {
			if !rc.CancelList {
				continue
			}
		} else {
			if rc.CancelList || (oid != 0 && rc.OrderID != oid) || (status != "" && !receiptMatches(rc.Status, status)) {
				continue
			}
		}
		if per > 0 && len(data) == per {
			next = makeToken(int64(data[len(data)-1].ReceiptID))
			break
		}
		data = append(data, s.renderReceipt(rc))
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": 200, "message": "OK", "data": data, "nextToken": next})
}

// receiptMatches: a stop-shipment request (cancel during 상품준비중) shows under RU and UC.
func receiptMatches(receiptStatus, status string) bool {
	switch status {
	case "RU":
		return receiptStatus == "RELEASE_STOP_UNCHECKED"
	case "UC":
		return receiptStatus == "RETURNS_UNCHECKED" || receiptStatus == "RELEASE_STOP_UNCHECKED" || receiptStatus == "VENDOR_WAREHOUSE_CONFIRM"
	case "CC":
		return receiptStatus == "RETURNS_COMPLETED"
	case "PR":
		return receiptStatus == "REQUEST_COUPANG_CHECK"
	}
	return false
}

type resultJSON struct {
	ShipmentBoxID int64   `json:"shipmentBoxId"`
	Succeed       bool    `json:"succeed"`
	ResultCode    string  `json:"resultCode"`
	RetryRequired bool    `json:"retryRequired"`
	ResultMessage *string `json:"resultMessage"`
}

func strp(s string) *string { return &s }

func (s *Server) writeAnswer(results []resultJSON, what string) response {
	ok := 0
	for _, r := range results {
		if r.Succeed {
			ok++
		}
	}
	code, msg := 1, "apply "+what+" result - Partial errors."
	switch {
	case len(results) == 0:
		code, msg = -1, "NONE"
	case ok == len(results):
		code, msg = 0, "apply "+what+" result - Success."
	case ok == 0:
		code, msg = 99, "apply "+what+" result - All failed."
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "OK", "data": map[string]any{
		"responseKey": s.rng.Int64(), "responseCode": code, "responseMessage": msg, "responseList": results,
	}})
}

// vendorBody decodes the JSON body of a write into req and checks the vendorId it names (every
// write's body carries one) is the seller's: the 400's message when either fails, else "".
func (s *Server) vendorBody(body []byte, req any) string {
	var v struct {
		VendorID string `json:"vendorId"`
	}
	if json.Unmarshal(body, req) != nil || json.Unmarshal(body, &v) != nil {
		return "Request body is not valid JSON."
	}
	if v.VendorID != s.cfg.VendorID {
		return "vendorId in the body does not match."
	}
	return ""
}

func (s *Server) acknowledge(body []byte, now time.Time) response {
	var req struct {
		VendorID       string  `json:"vendorId"`
		ShipmentBoxIDs []int64 `json:"shipmentBoxIds"`
	}
	if msg := s.vendorBody(body, &req); msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	switch {
	case len(req.ShipmentBoxIDs) == 0:
		return errorResponse(http.StatusBadRequest, "shipmentBoxIds is required.")
	case len(req.ShipmentBoxIDs) > 50:
		return errorResponse(http.StatusBadRequest, "shipmentBoxIds can contain up to 50 ids.")
	}
	results := make([]resultJSON, 0, len(req.ShipmentBoxIDs))
	for _, id := range req.ShipmentBoxIDs {
		b, ok := s.boxes[id]
		switch {
		case !ok:
			results = append(results, resultJSON{id, false, "NOT_FOUND_SHIPMENT_BOX", true, strp(fmt.Sprintf("shipmentBoxId (%d) is not found.", id))})
		case b.Status != "ACCEPT" || b.fullyCanceled() || b.held() > 0:
			results = append(results, resultJSON{id, false, "INVALID_STATUS", false, strp("배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.")})
		case !b.AckAppliesAt.IsZero():
			// asked again while the first one is in flight: accepted again, applies as before
			results = append(results, resultJSON{id, true, "OK", false, strp("request succeeded.")})
		case s.cfg.AckLatency > 0:
			b.AckAppliesAt = now.Add(s.cfg.AckLatency)
			results = append(results, resultJSON{id, true, "OK", false, strp("request succeeded.")})
		default:
			b.Status = "INSTRUCT"
			b.AcknowledgeAt = now
			results = append(results, resultJSON{id, true, "OK", false, strp("request succeeded.")})
		}
	}
	return s.writeAnswer(results, "instructStatus")
}

func (b *box) held() int {
	n := 0
	for _, it := range b.Items {
		n += it.HoldCount
	}
	return n
}

type invoiceDTO struct {
	ShipmentBoxID         *int64  `json:"shipmentBoxId"`
	OrderID               *int64  `json:"orderId"`
	VendorItemID          *int64  `json:"vendorItemId"`
	DeliveryCompanyCode   *string `json:"deliveryCompanyCode"`
	InvoiceNumber         *string `json:"invoiceNumber"`
	SplitShipping         *bool   `json:"splitShipping"`
	PreSplitShipped       *bool   `json:"preSplitShipped"`
	EstimatedShippingDate *string `json:"estimatedShippingDate"`
}

func (s *Server) uploadInvoices(body []byte, now time.Time) response {
	return s.invoiceCall(body, now, s.applyInvoice, "invoice")
}

// invoiceCall serves a body of orderSheetInvoiceApplyDtos (송장 업로드 and 송장 업데이트 take the same
// one): the body's rules, then apply on each box's lines in first-seen order, answered as what.
func (s *Server) invoiceCall(body []byte, now time.Time, apply func(int64, []invoiceDTO, time.Time) resultJSON, what string) response {
	var req struct {
		VendorID string       `json:"vendorId"`
		DTOs     []invoiceDTO `json:"orderSheetInvoiceApplyDtos"`
	}
	if msg := s.vendorBody(body, &req); msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	switch {
	case len(req.DTOs) == 0:
		return errorResponse(http.StatusBadRequest, "orderSheetInvoiceApplyDtos is required.")
	}
	order, byBox, bad := invoiceBoxes(req.DTOs)
	if bad != "" {
		return errorResponse(http.StatusBadRequest, bad)
	}
	results := make([]resultJSON, 0, len(order))
	for _, id := range order {
		results = append(results, apply(id, byBox[id], now))
	}
	return s.writeAnswer(results, what)
}

// invoiceBoxes groups the lines of an invoice call by box, in first-seen order; bad is the 400
// message of a line without every field.
func invoiceBoxes(dtos []invoiceDTO) (order []int64, byBox map[int64][]invoiceDTO, bad string) {
	byBox = map[int64][]invoiceDTO{}
	for _, d := range dtos {
		if d.ShipmentBoxID == nil || d.OrderID == nil || d.VendorItemID == nil || d.DeliveryCompanyCode == nil ||
			d.InvoiceNumber == nil || d.SplitShipping == nil || d.PreSplitShipped == nil || d.EstimatedShippingDate == nil {
			return nil, nil, "All fields of orderSheetInvoiceApplyDtos are required."
		}
		if _, seen := byBox[*d.ShipmentBoxID]; !seen {
			order = append(order, *d.ShipmentBoxID)
		}
		byBox[*d.ShipmentBoxID] = append(byBox[*d.ShipmentBoxID], d)
	}
	return order, byBox, ""
}

func (s *Server) applyInvoice(id int64, dtos []invoiceDTO, now time.Time) resultJSON {
	fail := func(code string, retry bool, msg string) resultJSON {
		return resultJSON{id, false, code, retry, strp(msg)}
	}
	b, ok := s.boxes[id]
	if !ok {
		return fail("NOT_FOUND_SHIPMENT_BOX", false, fmt.Sprintf("shipmentBoxId (%d) is not found.", id))
	}
	first := dtos[0]
	switch {
	case *first.OrderID != b.OrderID:
		return fail("NOT_FOUND_SHIPMENT_BOX", false, "orderId does not match the shipment box.")
	case b.fullyCanceled():
		return fail("ORDER_DELIVERY_CANCELED", false, "주문이 취소되었습니다.")
	case b.held() > 0:
		return fail("ORDER_DELIVERY_PARTIAL_STOP_REQUESTED", true, "출고중지 요청된 주문입니다. 출고중지 처리 후 다시 시도하세요.")
	case b.Status == "ACCEPT":
		return fail("INVALID_STATUS", false, fmt.Sprintf("배송진행상태가 유효하지 않습니다. [합포장번호 : %d] [주문번호 : %d]", b.ID, b.OrderID))
	case b.Status != "INSTRUCT":
		return fail("NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD", false, "이미 송장이 등록된 주문입니다. 송장 수정 API를 사용하세요.")
	case *first.SplitShipping && len(b.Items) == 1:
		return fail("NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM", false, "단일 상품은 분리배송할 수 없습니다.")
	}
	courier, number, bad := s.invoiceLines(b, dtos)
	if bad != nil {
		return *bad
	}
	s.invoices[courier+"/"+number] = id
	b.Status = "DEPARTURE"
	b.CourierCode, b.Invoice, b.InvoiceAt = courier, number, now
	return resultJSON{id, true, "OK", false, nil}
}

// invoiceLines checks the lines of one box of an invoice call: a courier Coupang knows, a number
// of its form, one line per vendor item of the box, one courier and number for all, a number on no
// other box. It returns the courier and number, or the box's failure.
func (s *Server) invoiceLines(b *box, dtos []invoiceDTO) (string, string, *resultJSON) {
	id := b.ID
	fail := func(code string, retry bool, msg string) (string, string, *resultJSON) {
		return "", "", &resultJSON{id, false, code, retry, strp(msg)}
	}
	first := dtos[0]
	courier, number := *first.DeliveryCompanyCode, strings.TrimSpace(*first.InvoiceNumber)
	if _, known := courierNames[courier]; !known {
		return fail("INVALID_INVOICE_NUMBER", true, "deliveryCompanyCode "+courier+" is not valid.")
	}
	if courier != "DIRECT" && !validInvoiceNumber(number) {
		return fail("INVALID_INVOICE_NUMBER", true, "invoiceNumber "+number+" is not valid for "+courier+".")
	}
	items := map[int64]bool{}
	for _, d := range dtos {
		found := false
		for _, it := range b.Items {
			if it.VendorItemID == *d.VendorItemID {
				found = true
			}
		}
		if !found {
			return fail("NOT_FOUND_VENDOR_ITEM", false, fmt.Sprintf("vendorItemId (%d) is not in the shipment box.", *d.VendorItemID))
		}
		if *d.DeliveryCompanyCode != courier || strings.TrimSpace(*d.InvoiceNumber) != number {
			return fail("INVALID_INVOICE_NUMBER", true, "items of one box must share courier and invoice number unless split.")
		}
		items[*d.VendorItemID] = true
	}
	for _, it := range b.Items {
		if it.CancelCount < it.Count && !items[it.VendorItemID] {
			return fail("NOT_FOUND_VENDOR_ITEM", false, fmt.Sprintf("vendorItemId (%d) of the box is missing.", it.VendorItemID))
		}
	}
	key := courier + "/" + number
	if other, dup := s.invoices[key]; dup && courier != "DIRECT" && other != id {
		return fail("DUPLICATE_INVOICE_NUMBER", true, "이미 사용된 송장번호입니다.")
	}
	return courier, number, nil
}

func validInvoiceNumber(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) < 8 || len(s) > 20 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// paging reads a list call's page size (the day mode only; the minute mode is not paged) and
// where to continue from; msg is the 400 message of a bad value.
func paging(q url.Values, minute bool) (per int, after int64, msg string) {
	if !minute {
		if per, msg = pageSize(q); msg != "" {
			return 0, 0, msg
		}
	}
	after, ok := parseToken(q.Get("nextToken"))
	if !ok {
		return 0, 0, "nextToken is invalid."
	}
	return per, after, ""
}

// listWithdrawals is GET returnWithdrawRequests (article 360034027354): the returns and cancels
// the buyer withdrew, by withdrawal date; dateFrom and dateTo (yyyy-MM-dd) both count and are at
// most 7 days apart inclusive; pageIndex (from 1) and sizePerPage (default 10, at most 100) page
// it. The answer's field for the next page is not named in the article; the simulator calls it
// nextPageIndex and leaves it "" on the last page, as the article says of pageIndex.
func (s *Server) listWithdrawals(q url.Values) response {
	f, t := q.Get("dateFrom"), q.Get("dateTo")
	if f == "" || t == "" {
		return errorResponse(http.StatusBadRequest, "dateFrom and dateTo are required.")
	}
	from, err1 := time.ParseInLocation(dateLayout, f, order.KST())
	to, err2 := time.ParseInLocation(dateLayout, t, order.KST())
	switch {
	case err1 != nil || err2 != nil:
		return errorResponse(http.StatusBadRequest, "dateFrom and dateTo must be yyyy-MM-dd.")
	case to.Before(from):
		return errorResponse(http.StatusBadRequest, "dateTo is before dateFrom.")
	case to.Sub(from) > 6*24*time.Hour:
		return errorResponse(http.StatusBadRequest, "The search period can be up to 7 days.")
	}
	index, size := 1, 10
	if v := q.Get("pageIndex"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return errorResponse(http.StatusBadRequest, "pageIndex must be a positive number.")
		}
		index = n
	}
	if v := q.Get("sizePerPage"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return errorResponse(http.StatusBadRequest, "sizePerPage must be between 1 and 100.")
		}
		size = n
	}
	end := to.AddDate(0, 0, 1)
	var all []withdrawalJSON
	for _, w := range s.withdrawals {
		if w.At.Before(from) || !w.At.Before(end) {
			continue
		}
		all = append(all, withdrawalJSON{CancelID: w.ReceiptID, OrderID: w.OrderID, VendorID: s.cfg.VendorID,
			RefundDeliveryDuty: "CUS", CreatedAt: w.At.In(order.KST()).Format(tLayout), VendorItemIDs: w.VendorItemIDs})
	}
	start := (index - 1) * size
	data := []withdrawalJSON{}
	if start < len(all) {
		data = all[start:min(start+size, len(all))]
	}
	next := ""
	if start+size < len(all) {
		next = strconv.Itoa(index + 1)
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": 200, "message": "OK", "data": data, "nextPageIndex": next})
}

type withdrawalJSON struct {
	CancelID           int64   `json:"cancelId"`
	OrderID            int64   `json:"orderId"`
	VendorID           string  `json:"vendorId"`
	RefundDeliveryDuty string  `json:"refundDeliveryDuty"`
	CreatedAt          string  `json:"createdAt"`
	VendorItemIDs      []int64 `json:"vendorItemIds"`
}

// runawayPage continues a list that should have ended (SetEndlessPaging) and returns its token:
// in ACCEPT it fills the page with new boxes paid inside the window (listed at once), in the
// other statuses it keeps the page and numbers the same position anew.
func (s *Server) runawayPage(data *[]orderSheetJSON, status string, per int, after int64, from, to, now time.Time) string {
	s.endlessSeq++
	if status != "ACCEPT" {
		return makeToken(after) + "-" + strconv.Itoa(s.endlessSeq)
	}
	paid := now.Add(-s.cfg.ListDelay - time.Minute)
	if paid.After(to) {
		paid = to
	}
	if paid.Before(from) {
		paid = from.Add(time.Minute)
	}
	for len(*data) < per {
		for _, b := range s.newOrder(paid) {
			if len(*data) < per {
				*data = append(*data, s.render(b))
			}
		}
	}
	return makeToken(int64((*data)[len(*data)-1].ShipmentBoxID))
}
