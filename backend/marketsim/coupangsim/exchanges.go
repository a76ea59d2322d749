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
	// NewBoxID is the re-delivery's box, made when the seller confirms the goods came back.
	NewBoxID  int64
	Requester Receiver
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
		if e.BoxID == boxID && (e.Status == "RECEIPT" || e.Status == "PROGRESS") {
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
	e, err := s.exchange(id)
	if err != nil {
		return err
	}
	if e.Status != "RECEIPT" && e.Status != "PROGRESS" {
		return fmt.Errorf("coupangsim: exchange %d is %s", id, e.Status)
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
	e, err := s.exchange(id)
	if err != nil {
		return err
	}
	if e.Status != "RECEIPT" && e.Status != "PROGRESS" {
		return fmt.Errorf("coupangsim: exchange %d is %s", id, e.Status)
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
}

// Exchange returns a snapshot of one exchange.
func (s *Server) Exchange(id int64) (ExchangeView, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.exchange(id)
	if err != nil {
		return ExchangeView{}, false
	}
	return ExchangeView{ID: e.ID, OrderID: e.OrderID, BoxID: e.BoxID, Status: e.Status, CollectStatus: e.CollectStatus, Quantity: e.Quantity}, true
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

func (s *Server) listExchanges(q url.Values) response {
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
		data = append(data, s.renderExchange(e))
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
	ShipmentBoxID        int64  `json:"shipmentBoxId"`
	BoxPrice             int64  `json:"boxPrice"`
	OrderID              int64  `json:"orderId"`
	OrderType            string `json:"orderType"`
	CustomerType         string `json:"customerType"`
	ShippingDeliveryType string `json:"shippingDeliveryType"`
	DeliveryInvoiceDtos  []any  `json:"deliveryInvoiceDtos"`
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

func (s *Server) renderExchange(e *exchange) exchangeJSON {
	kst := func(t time.Time) string { return t.In(order.KST()).Format(exchangeTimeLayout) }
	b := s.boxes[e.BoxID]
	open := e.Status == "RECEIPT" || e.Status == "PROGRESS"
	out := exchangeJSON{ExchangeID: e.ID, OrderID: e.OrderID, VendorID: s.cfg.VendorID, OrderDeliveryStatusCode: b.Status,
		ExchangeStatus: e.Status, ReferType: "WEB_MOBILE", FaultType: "CUSTOMER", ReasonCode: "CHANGEMIND", CreatedByType: "CUSTOMER",
		CreatedAt: kst(e.CreatedAt), ModifiedByType: "CUSTOMER", ModifiedAt: kst(e.ModifiedAt),
		InvoiceGroups: []exchangeInvoiceGroupJSON{}, DeliveryStatus: e.DeliveryStatus, CollectStatus: e.CollectStatus,
		ReturnDeliveryDtos: []map[string]string{}, OrderDeliveryLabel: b.Status, ExchangeStatusLabel: e.Status,
		ReferTypeLabel: "WEB_MOBILE", FaultTypeLabel: "CUSTOMER", CreatedByTypeLabel: "CUSTOMER", ModifiedByTypeLabel: "CUSTOMER",
		Rejectable: open && e.NewBoxID == 0}
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
	if e.NewBoxID != 0 {
		out.InvoiceGroups = append(out.InvoiceGroups, exchangeInvoiceGroupJSON{ShipmentBoxID: e.NewBoxID, OrderID: e.OrderID,
			OrderType: "NORMAL", CustomerType: "regular", ShippingDeliveryType: "EXCHANGE_DELIVERY", DeliveryInvoiceDtos: []any{}})
	}
	return out
}
