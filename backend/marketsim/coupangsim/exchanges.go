package coupangsim

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"sellerdesk/backend/order"
)

// Exchanges (교환): GET exchangeRequests (교환요청 목록조회, article 360033397594, the workflow
// 360034135911). The simulator keeps to what the pages say and refuses the rest:
//
//   - createdAtFrom and createdAtTo are required and written yyyy-MM-ddTHH:mm:ss (KST); the window
//     is at most 7 days ("교환 접수일자로 최대 7일 이내"; the simulator refuses more than 7×24 hours);
//   - status, optional, is RECEIPT, PROGRESS, SUCCESS, REJECT or CANCEL (none: every status);
//     orderId, optional, a number; nextToken pages it, maxPerPage (default 10) sizes the page;
//     the page size's upper bound is not documented (the simulator takes 1..50, like the other
//     lists);
//   - the answer is {"code":200,"message":"OK","data":[…],"nextToken":"…"} with "" on the last
//     page, each exchange in the form of the former portal's example (exchangeItemDtoV1s with the
//     originalShipmentBoxId, exchangeAddressDtoV1, deliveryInvoiceGroupDtos, collectStatus, …).
//
// An exchange is asked for a delivered box (FINAL_DELIVERY); the pickup moves it to PROGRESS
// (collectStatus Delivering); it ends SUCCESS, REJECT or CANCEL (withdrawn by the buyer).

type exchange struct {
	ID, OrderID, BoxID int64
	Item               *boxItem
	Quantity           int
	Status             string // RECEIPT | PROGRESS | SUCCESS | REJECT | CANCEL
	CollectStatus      string
	DeliveryStatus     string
	Reason             string
	CancelReason       string
	CreatedAt          time.Time
	ModifiedAt         time.Time
	CollectedAt        time.Time
	// Boxes are the re-delivery's boxes, made when the seller confirms the goods came back (one,
	// or Split of them); they show in the list and take their invoices from BoxReadyAt on
	// (Config.ExchangeBoxDelay).
	Boxes      []*redeliveryBox
	BoxReadyAt time.Time
	// Split is how many re-delivery boxes 입고 확인 makes (0: one; SplitExchange).
	Split     int
	Requester Receiver
}

// redeliveryBox is one box of an exchange's re-delivery (a deliveryInvoiceGroupDto) and its
// invoice (교환상품 송장 업로드): the courier's code, the number, when; "" before the upload.
type redeliveryBox struct {
	ID              int64
	Courier, Number string
	At              time.Time
}

// invoiced reports whether every re-delivery box carries its invoice.
func (e *exchange) invoiced() bool {
	for _, b := range e.Boxes {
		if b.Number == "" {
			return false
		}
	}
	return len(e.Boxes) > 0
}

const exchangeTimeLayout = "2006-01-02T15:04:05"

var exchangeStatuses = map[string]bool{"RECEIPT": true, "PROGRESS": true, "SUCCESS": true, "REJECT": true, "CANCEL": true}

// RequestExchange is the buyer asking to exchange qty units of the first item of a delivered box
// for the same item (교환 접수). Returns the exchangeId.
func (s *Server) RequestExchange(boxID int64, qty int, reason string) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.box(boxID)
	if err != nil {
		return 0, err
	}
	if b.Status != "FINAL_DELIVERY" {
		return 0, fmt.Errorf("coupangsim: box %d is %s; an exchange is asked after delivery", boxID, b.Status)
	}
	var it *boxItem
	for _, x := range b.Items {
		if x.Count-x.CancelCount-x.HoldCount >= qty {
			it = x
			break
		}
	}
	if qty < 1 || it == nil {
		return 0, fmt.Errorf("coupangsim: box %d has no item with %d units to exchange", boxID, qty)
	}
	for _, e := range s.exchanges {
		if e.BoxID == boxID && e.open() {
			return 0, fmt.Errorf("coupangsim: box %d has exchange %d open", boxID, e.ID)
		}
	}
	now := s.cfg.Now()
	s.nextExchange += 1 + int64(s.rng.IntN(9))
	e := &exchange{ID: s.nextExchange, OrderID: b.OrderID, BoxID: b.ID, Item: it, Quantity: qty, Status: "RECEIPT",
		CollectStatus: "BeforeDirection", DeliveryStatus: "BeforeDirection", Reason: reason, CreatedAt: now, ModifiedAt: now,
		Requester: b.Receiver}
	s.exchanges = append(s.exchanges, e)
	return e.ID, nil
}

func (s *Server) exchange(id int64) (*exchange, error) {
	for _, e := range s.exchanges {
		if e.ID == id {
			return e, nil
		}
	}
	return nil, fmt.Errorf("coupangsim: no exchange %d", id)
}

// open reports whether the exchange is still going on (RECEIPT or PROGRESS): the buyer may
// withdraw it, the seller confirm or reject it, and no second one is taken for its box.
func (e *exchange) open() bool {
	return e.Status == "RECEIPT" || e.Status == "PROGRESS"
}

// openExchange is exchange id when it is still open; the caller holds s.mu.
func (s *Server) openExchange(id int64) (*exchange, error) {
	e, err := s.exchange(id)
	if err != nil {
		return nil, err
	}
	if !e.open() {
		return nil, fmt.Errorf("coupangsim: exchange %d is %s", id, e.Status)
	}
	return e, nil
}

// PickUpExchange is the courier collecting the goods of an exchange: PROGRESS, collectStatus
// Delivering (회수중).
func (s *Server) PickUpExchange(id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.exchange(id)
	if err != nil {
		return err
	}
	if e.Status != "RECEIPT" {
		return fmt.Errorf("coupangsim: exchange %d is %s", id, e.Status)
	}
	e.Status, e.CollectStatus, e.ModifiedAt = "PROGRESS", "Delivering", s.cfg.Now()
	return nil
}

// WithdrawExchange is the buyer withdrawing an open exchange (철회): CANCEL.
func (s *Server) WithdrawExchange(id int64, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.openExchange(id)
	if err != nil {
		return err
	}
	e.Status, e.CancelReason, e.ModifiedAt = "CANCEL", reason, s.cfg.Now()
	if e.CollectStatus != "CompleteCollect" {
		e.CollectStatus = "Withdraw"
	}
	return nil
}

// CompleteExchange ends an exchange carried out: SUCCESS.
func (s *Server) CompleteExchange(id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.openExchange(id)
	if err != nil {
		return err
	}
	e.Status, e.DeliveryStatus, e.ModifiedAt = "SUCCESS", "CompleteDelivery", s.cfg.Now()
	return nil
}

// ExchangeView is a snapshot of an exchange for assertions.
type ExchangeView struct {
	ID, OrderID, BoxID int64
	Status             string
	CollectStatus      string
	Quantity           int
	// NewBoxID is the re-delivery's (first) box (0 before 입고 확인); DeliveryStatus the
	// re-delivery's state (deliveryStatus); InvoiceCourier and InvoiceNumber the first box's
	// invoice, once uploaded. NewBoxIDs are all its boxes, Invoices their numbers ("" none yet).
	NewBoxID                      int64
	DeliveryStatus                string
	InvoiceCourier, InvoiceNumber string
	NewBoxIDs                     []int64
	Invoices                      []string
}

// Exchange returns a snapshot of one exchange.
func (s *Server) Exchange(id int64) (ExchangeView, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.exchange(id)
	if err != nil {
		return ExchangeView{}, false
	}
	return e.view(), true
}

// Exchanges returns a snapshot of every exchange, in the order they were asked.
func (s *Server) Exchanges() []ExchangeView {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]ExchangeView, 0, len(s.exchanges))
	for _, e := range s.exchanges {
		out = append(out, e.view())
	}
	return out
}

func (e *exchange) view() ExchangeView {
	v := ExchangeView{ID: e.ID, OrderID: e.OrderID, BoxID: e.BoxID, Status: e.Status, CollectStatus: e.CollectStatus, Quantity: e.Quantity,
		DeliveryStatus: e.DeliveryStatus}
	for i, b := range e.Boxes {
		if i == 0 {
			v.NewBoxID, v.InvoiceCourier, v.InvoiceNumber = b.ID, b.Courier, b.Number
		}
		v.NewBoxIDs, v.Invoices = append(v.NewBoxIDs, b.ID), append(v.Invoices, b.Number)
	}
	return v
}

// exchangeWindow reads createdAtFrom/To of the exchange list: yyyy-MM-ddTHH:mm:ss, at most 7 days.
func exchangeWindow(q url.Values) (from, to time.Time, msg string) {
	f, t := q.Get("createdAtFrom"), q.Get("createdAtTo")
	if f == "" || t == "" {
		return from, to, "createdAtFrom and createdAtTo are required."
	}
	var err error
	if from, err = time.ParseInLocation(exchangeTimeLayout, f, order.KST()); err != nil {
		return from, to, "createdAtFrom must be yyyy-MM-ddTHH:mm:ss."
	}
	if to, err = time.ParseInLocation(exchangeTimeLayout, t, order.KST()); err != nil {
		return from, to, "createdAtTo must be yyyy-MM-ddTHH:mm:ss."
	}
	switch {
	case to.Before(from):
		return from, to, "createdAtTo is before createdAtFrom."
	case to.Sub(from) > 7*24*time.Hour:
		return from, to, "The search period can be up to 7 days."
	}
	return from, to.Add(time.Second - time.Nanosecond), ""
}

func (s *Server) listExchanges(q url.Values, now time.Time) response {
	from, to, msg := exchangeWindow(q)
	if msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	status := q.Get("status")
	if status != "" && !exchangeStatuses[status] {
		return errorResponse(http.StatusBadRequest, "status must be one of RECEIPT, PROGRESS, SUCCESS, REJECT, CANCEL.")
	}
	var oid int64
	if v := q.Get("orderId"); v != "" {
		var err error
		if oid, err = strconv.ParseInt(v, 10, 64); err != nil || oid <= 0 {
			return errorResponse(http.StatusBadRequest, "orderId must be a number.")
		}
	}
	per := 10
	if v := q.Get("maxPerPage"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 50 {
			return errorResponse(http.StatusBadRequest, "maxPerPage must be between 1 and 50.")
		}
		per = n
	}
	after, ok := parseToken(q.Get("nextToken"))
	if !ok {
		return errorResponse(http.StatusBadRequest, "nextToken is invalid.")
	}
	data := []exchangeJSON{}
	next := ""
	for _, e := range s.exchanges {
		if e.ID <= after || e.CreatedAt.Before(from) || e.CreatedAt.After(to) ||
			(oid != 0 && e.OrderID != oid) || (status != "" && e.Status != status) {
			continue
		}
		if len(data) == per {
			next = makeToken(data[len(data)-1].ExchangeID)
			break
		}
		data = append(data, s.renderExchange(e, now))
	}
	return jsonResponse(http.StatusOK, map[string]any{"code": 200, "message": "OK", "data": data, "nextToken": next})
}

type exchangeItemJSON struct {
	ExchangeItemID            int64   `json:"exchangeItemId"`
	OrderItemID               int64   `json:"orderItemId"`
	OrderItemUnitPrice        int64   `json:"orderItemUnitPrice"`
	OrderItemName             *string `json:"orderItemName"`
	OrderPackageID            *int64  `json:"orderPackageId"`
	OrderPackageName          *string `json:"orderPackageName"`
	TargetItemID              int64   `json:"targetItemId"`
	TargetItemUnitPrice       int64   `json:"targetItemUnitPrice"`
	TargetItemName            string  `json:"targetItemName"`
	TargetPackageID           int64   `json:"targetPackageId"`
	TargetPackageName         string  `json:"targetPackageName"`
	Quantity                  int     `json:"quantity"`
	OrderItemDeliveryComplete *bool   `json:"orderItemDeliveryComplete"`
	OrderItemReturnComplete   *bool   `json:"orderItemReturnComplete"`
	TargetItemDeliveryDone    *bool   `json:"targetItemDeliveryComplete"`
	CreatedAt                 string  `json:"createdAt"`
	ModifiedAt                string  `json:"modifiedAt"`
	OriginalShipmentBoxID     int64   `json:"originalShipmentBoxId"`
}

type exchangeAddressJSON struct {
	ExchangeAddressID     int64   `json:"exchangeAddressId"`
	ReturnCustomerName    string  `json:"returnCustomerName"`
	ReturnAddressZipCode  string  `json:"returnAddressZipCode"`
	ReturnAddress         string  `json:"returnAddress"`
	ReturnAddressDetail   string  `json:"returnAddressDetail"`
	ReturnPhone           *string `json:"returnPhone"`
	ReturnMobile          string  `json:"returnMobile"`
	ReturnMemo            *string `json:"returnMemo"`
	DeliveryCustomerName  string  `json:"deliveryCustomerName"`
	DeliveryAddressZip    string  `json:"deliveryAddressZipCode"`
	DeliveryAddress       string  `json:"deliveryAddress"`
	DeliveryAddressDetail string  `json:"deliveryAddressDetail"`
	DeliveryPhone         *string `json:"deliveryPhone"`
	DeliveryMobile        string  `json:"deliveryMobile"`
	DeliveryMemo          *string `json:"deliveryMemo"`
	CreatedAt             string  `json:"createdAt"`
	ModifiedAt            string  `json:"modifiedAt"`
	ExchangeID            int64   `json:"exchangeId"`
}

type exchangeInvoiceGroupJSON struct {
	ShipmentBoxID        int64                 `json:"shipmentBoxId"`
	BoxPrice             int64                 `json:"boxPrice"`
	OrderID              int64                 `json:"orderId"`
	OrderType            string                `json:"orderType"`
	CustomerType         string                `json:"customerType"`
	BundleType           *string               `json:"bundleType"`
	ExtraMessage         *string               `json:"extraMessage"`
	ShippingDeliveryType string                `json:"shippingDeliveryType"`
	DeliveryInvoiceDtos  []exchangeInvoiceJSON `json:"deliveryInvoiceDtos"`
}

// exchangeInvoiceJSON is an invoice of a re-delivery box, in the fields the former portal's form of
// the list article names (deliveryInvoiceDtos).
type exchangeInvoiceJSON struct {
	InvoiceNumber           string           `json:"invoiceNumber"`
	EstimatedDeliveryDate   *string          `json:"estimatedDeliveryDate"`
	DeliveredDate           *string          `json:"deliveredDate"`
	StatusModifiedAt        string           `json:"statusModifiedAt"`
	InvoiceNumberUploadDate string           `json:"invoiceNumberUploadDate"`
	StatusCode              string           `json:"statusCode"`
	DeliverCode             string           `json:"deliverCode"`
	IsMainShipmentInvoice   *bool            `json:"isMainShipmentInvoice"`
	ParcelType              *string          `json:"parcelType"`
	InvoiceVendorItemDtos   []map[string]any `json:"invoiceVendorItemDtos"`
}

type exchangeJSON struct {
	ExchangeID              int64                      `json:"exchangeId"`
	OrderID                 int64                      `json:"orderId"`
	VendorID                string                     `json:"vendorId"`
	OrderDeliveryStatusCode string                     `json:"orderDeliveryStatusCode"`
	ExchangeStatus          string                     `json:"exchangeStatus"`
	ReferType               string                     `json:"referType"`
	FaultType               string                     `json:"faultType"`
	ExchangeAmount          int64                      `json:"exchangeAmount"`
	Reason                  *string                    `json:"reason"`
	ReasonCode              string                     `json:"reasonCode"`
	CancelReason            *string                    `json:"cancelReason"`
	CreatedByType           string                     `json:"createdByType"`
	CreatedAt               string                     `json:"createdAt"`
	ModifiedByType          string                     `json:"modifiedByType"`
	ModifiedAt              string                     `json:"modifiedAt"`
	Items                   []exchangeItemJSON         `json:"exchangeItemDtoV1s"`
	Address                 exchangeAddressJSON        `json:"exchangeAddressDtoV1"`
	InvoiceGroups           []exchangeInvoiceGroupJSON `json:"deliveryInvoiceGroupDtos"`
	DeliveryStatus          string                     `json:"deliveryStatus"`
	CollectStatus           string                     `json:"collectStatus"`
	CollectCompleteDate     *string                    `json:"collectCompleteDate"`
	ReturnDeliveryDtos      []map[string]string        `json:"returnDeliveryDtos"`
	Successable             bool                       `json:"successable"`
	OrderDeliveryLabel      string                     `json:"orderDeliveryStatusLabel"`
	ExchangeStatusLabel     string                     `json:"exchangeStatusLabel"`
	ReferTypeLabel          string                     `json:"referTypeLabel"`
	FaultTypeLabel          string                     `json:"faultTypeLabel"`
	CreatedByTypeLabel      string                     `json:"createdByTypeLabel"`
	ModifiedByTypeLabel     string                     `json:"modifiedByTypeLabel"`
	DeliveryInvoiceModify   bool                       `json:"deliveryInvoiceModifiable"`
	Rejectable              bool                       `json:"rejectable"`
}

func (s *Server) renderExchange(e *exchange, now time.Time) exchangeJSON {
	kst := func(t time.Time) string { return t.In(order.KST()).Format(exchangeTimeLayout) }
	b := s.boxes[e.BoxID]
	out := exchangeJSON{ExchangeID: e.ID, OrderID: e.OrderID, VendorID: s.cfg.VendorID, OrderDeliveryStatusCode: b.Status,
		ExchangeStatus: e.Status, ReferType: "WEB_MOBILE", FaultType: "CUSTOMER", ReasonCode: "CHANGEMIND", CreatedByType: "CUSTOMER",
		CreatedAt: kst(e.CreatedAt), ModifiedByType: "CUSTOMER", ModifiedAt: kst(e.ModifiedAt),
		InvoiceGroups: []exchangeInvoiceGroupJSON{}, DeliveryStatus: e.DeliveryStatus, CollectStatus: e.CollectStatus,
		ReturnDeliveryDtos: []map[string]string{}, OrderDeliveryLabel: b.Status, ExchangeStatusLabel: e.Status,
		ReferTypeLabel: "WEB_MOBILE", FaultTypeLabel: "CUSTOMER", CreatedByTypeLabel: "CUSTOMER", ModifiedByTypeLabel: "CUSTOMER",
		Rejectable: e.open() && len(e.Boxes) == 0}
	if e.Reason != "" {
		out.Reason = optString(e.Reason)
	}
	if e.CancelReason != "" {
		out.CancelReason = optString(e.CancelReason)
	}
	if !e.CollectedAt.IsZero() {
		out.CollectCompleteDate = optString(kst(e.CollectedAt))
	}
	name := e.Item.Exposed
	out.Items = []exchangeItemJSON{{ExchangeItemID: e.ID*10 + 1, OrderItemID: e.Item.VendorItemID, OrderItemUnitPrice: e.Item.Price,
		TargetItemID: e.Item.VendorItemID, TargetItemUnitPrice: e.Item.Price, TargetItemName: name, TargetPackageID: -1,
		Quantity: e.Quantity, CreatedAt: kst(e.CreatedAt), ModifiedAt: kst(e.ModifiedAt), OriginalShipmentBoxID: e.BoxID}}
	r := e.Requester
	out.Address = exchangeAddressJSON{ExchangeAddressID: e.ID + 500000, ReturnCustomerName: r.Name, ReturnAddressZipCode: r.PostCode,
		ReturnAddress: r.Addr1, ReturnAddressDetail: r.Addr2, ReturnMobile: r.SafeNumber, DeliveryCustomerName: r.Name,
		DeliveryAddressZip: r.PostCode, DeliveryAddress: r.Addr1, DeliveryAddressDetail: r.Addr2, DeliveryMobile: r.SafeNumber,
		CreatedAt: kst(e.CreatedAt), ModifiedAt: kst(e.ModifiedAt), ExchangeID: e.ID}
	if e.boxReady(now) {
		for _, b := range e.Boxes {
			g := exchangeInvoiceGroupJSON{ShipmentBoxID: b.ID, BoxPrice: e.Item.Price * int64(e.Quantity), OrderID: e.OrderID,
				OrderType: "NORMAL", CustomerType: "regular", ShippingDeliveryType: "EXCHANGE_DELIVERY", DeliveryInvoiceDtos: []exchangeInvoiceJSON{}}
			if b.Number != "" {
				inv := exchangeInvoiceJSON{InvoiceNumber: b.Number, StatusModifiedAt: kst(e.ModifiedAt), InvoiceNumberUploadDate: kst(b.At),
					StatusCode: redeliveryStatusCode(e.DeliveryStatus), DeliverCode: b.Courier,
					InvoiceVendorItemDtos: []map[string]any{{"vendorItemId": e.Item.VendorItemID, "quantity": e.Quantity}}}
				if e.DeliveryStatus == "CompleteDelivery" {
					inv.DeliveredDate = optString(kst(e.ModifiedAt))
				}
				g.DeliveryInvoiceDtos = append(g.DeliveryInvoiceDtos, inv)
			}
			out.InvoiceGroups = append(out.InvoiceGroups, g)
		}
	}
	return out
}

// exchangeWrite is PUT exchangeRequests/{exchangeId}/receiveConfirmation (입고 확인, 360034027834)
// or …/rejection (교환 거부, 360034027874). The body must carry the vendorId and the path's
// exchangeId; a rejection one of the documented codes, SOLDOUT or WITHDRAW. The pages name no
// state rule beyond what the calls are for, so the simulator's are these: 입고 확인 while the
// exchange is open (RECEIPT or PROGRESS) and its goods are not confirmed yet — the exchange goes
// on (PROGRESS) with collectStatus CompleteCollect and a new box for the re-delivery
// (deliveryInvoiceGroupDtos, 360034027954, shown Config.ExchangeBoxDelay later: "최대 10분"); 거부
// while it is open and not confirmed (rejectable) —
// it becomes REJECT. Answers: {"code":"200","message":"SUCCESS"} for 입고 확인 (the article's
// example); {"code":"200","message":"SUCCESS","data":{"resultCode","resultMessage"}} for 거부,
// resultCode FAIL when the exchange cannot be rejected now; an exchange in another state gets
// 400 (the articles show no error; this is the simulator's form).
func (s *Server) exchangeWrite(ep Endpoint, idText string, body []byte, now time.Time) response {
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || id <= 0 {
		return errorResponse(http.StatusBadRequest, "exchangeId must be a number.")
	}
	var req struct {
		VendorID   string  `json:"vendorId"`
		ExchangeID *int64  `json:"exchangeId"`
		RejectCode *string `json:"exchangeRejectCode"`
	}
	if msg := s.vendorBody(body, &req); msg != "" {
		return errorResponse(http.StatusBadRequest, msg)
	}
	switch {
	case req.ExchangeID == nil || *req.ExchangeID != id:
		return errorResponse(http.StatusBadRequest, "exchangeId in the body does not match the path.")
	}
	e, err := s.exchange(id)
	if err != nil {
		return errorResponse(http.StatusBadRequest, fmt.Sprintf("exchangeId (%d) is not found.", id))
	}
	open := e.open()
	switch ep {
	case EndpointExchangeReceiveConfirmation:
		if !open || e.CollectStatus == "CompleteCollect" {
			return errorResponse(http.StatusBadRequest, fmt.Sprintf("교환 상태(%s, %s)에서는 입고 확인할 수 없습니다.", e.Status, e.CollectStatus))
		}
		s.confirmExchange(e, now, now.Add(s.cfg.ExchangeBoxDelay))
		return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "SUCCESS"})
	case EndpointExchangeRejection:
		if req.RejectCode == nil || (*req.RejectCode != "SOLDOUT" && *req.RejectCode != "WITHDRAW") {
			return errorResponse(http.StatusBadRequest, "exchangeRejectCode must be SOLDOUT or WITHDRAW.")
		}
		if !open {
			return errorResponse(http.StatusBadRequest, fmt.Sprintf("교환 상태(%s)에서는 거부할 수 없습니다.", e.Status))
		}
		if len(e.Boxes) > 0 {
			return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "SUCCESS",
				"data": map[string]any{"resultCode": "FAIL", "resultMessage": "입고 확인된 교환은 거부할 수 없습니다."}})
		}
		e.Status, e.ModifiedAt = "REJECT", now
		return jsonResponse(http.StatusOK, map[string]any{"code": "200", "message": "SUCCESS",
			"data": map[string]any{"resultCode": "SUCCESS", "resultMessage": "요청 처리완료"}})
	}
	return errorResponse(http.StatusNotFound, "No API found for this path.")
}
