package coupang

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// The exchange request list (교환요청 목록조회, article 360033397594; the workflow of the four
// exchange calls is article 360034135911).
//
// What the current article says (2026-04 crawl): GET …/v4/vendors/{vendorId}/exchangeRequests,
// createdAtFrom and createdAtTo required and written yyyy-MM-ddTHH:mm:ss, "교환 접수일자로 최대 7일
// 이내". The crawl of that article stops at the status parameter; the rest below (status values,
// orderId, nextToken, maxPerPage default 10, the answer's fields) is from the structured form of
// the same article in Coupang's former developer portal (public repository
// optionalg/coupang-developers.github.io, exchange-api/lookup-change-request-list), whose
// example answer is {"code":200,"message":"OK","data":[…]} with nextToken beside data.
// Not documented anywhere found: the largest maxPerPage (SellerDesk leaves it at the default) and
// whether "7 days" counts calendar days or 7×24 hours (SellerDesk asks for at most 7 calendar days,
// which is less than 7×24 hours either way).

// Exchange statuses (exchangeStatus, and the optional status parameter).
const (
	ExchangeReceipt  = "RECEIPT"  // 접수
	ExchangeProgress = "PROGRESS" // 진행
	ExchangeSuccess  = "SUCCESS"  // 완료
	ExchangeReject   = "REJECT"   // 불가 (rejected)
	ExchangeCancel   = "CANCEL"   // 철회 (withdrawn)
)

// Collect statuses (collectStatus, 회수상태) of an exchange's pickup.
const (
	CollectBeforeDirection = "BeforeDirection" // 회수연동 전
	CollectDirection       = "CompleteDirection"
	CollectDelivering      = "Delivering"      // 회수중
	CollectComplete        = "CompleteCollect" // 업체전달완료 (after 입고 확인)
	CollectWithdraw        = "Withdraw"        // 교환회수철회
	CollectNone            = "NoCollect"       // 회수 불필요
)

// ExchangeStatusLabel is an exchangeStatus in Korean (the article's table), or the code itself.
func ExchangeStatusLabel(s string) string {
	switch s {
	case ExchangeReceipt:
		return "교환 접수"
	case ExchangeProgress:
		return "교환 진행"
	case ExchangeSuccess:
		return "교환 완료"
	case ExchangeReject:
		return "교환 불가"
	case ExchangeCancel:
		return "교환 철회"
	}
	return s
}

// CollectStatusLabel is a collectStatus (회수상태) in Korean, "" when there is none; an unknown code
// comes back as it is.
func CollectStatusLabel(s string) string {
	switch s {
	case "":
		return ""
	case CollectBeforeDirection:
		return "회수 전"
	case CollectDirection:
		return "회수 접수"
	case CollectDelivering:
		return "회수 중"
	case CollectComplete:
		return "입고 확인됨"
	case "DirectionFail":
		return "회수 접수 실패"
	case "Fail":
		return "회수 실패"
	case CollectWithdraw:
		return "회수 철회"
	case CollectNone:
		return "회수 불필요"
	case "NoneData":
		return ""
	}
	return s
}

// ExchangeStatuses are the values of exchangeStatus, in flow order.
func ExchangeStatuses() []string {
	return []string{ExchangeReceipt, ExchangeProgress, ExchangeSuccess, ExchangeReject, ExchangeCancel}
}

// Limits of the exchange list.
const (
	// MaxExchangeWindow is the longest createdAtFrom..createdAtTo ("최대 7일", 360033397594).
	MaxExchangeWindow = 7 * 24 * time.Hour
	// ExchangeDefaultPerPage is maxPerPage when it is not sent (the former portal: "default 10").
	ExchangeDefaultPerPage = 10
	exchangeTimeLayout     = "2006-01-02T15:04:05"
)

// ExchangeItem is one item of an exchange (exchangeItemDtoV1s).
type ExchangeItem struct {
	ExchangeItemID Int64  `json:"exchangeItemId"`
	OrderItemID    Int64  `json:"orderItemId"`
	OrderItemName  string `json:"orderItemName"`
	TargetItemID   Int64  `json:"targetItemId"`
	TargetItemName string `json:"targetItemName"`
	Quantity       Int64  `json:"quantity"`
	// OriginalShipmentBoxID is the box the exchanged goods were delivered in (원배송번호).
	OriginalShipmentBoxID Int64 `json:"originalShipmentBoxId"`
}

// ExchangeInvoiceGroup is a box of the exchange's re-delivery (deliveryInvoiceGroupDtos). The list
// is empty until the seller confirms the returned goods (입고 확인); Coupang then makes the box, "최대
// 10분" later, and its shipmentBoxId is the one the exchange invoice must name (360034027954). Its
// deliveryInvoiceDtos carry the invoice once it is uploaded (the former portal's form of the list
// article names the fields; shippingDeliveryType is DELIVERY, EXCHANGE_DELIVERY or FORCED_DELIVERY).
type ExchangeInvoiceGroup struct {
	ShipmentBoxID        Int64                     `json:"shipmentBoxId"`
	OrderID              Int64                     `json:"orderId"`
	ShippingDeliveryType flexText                  `json:"shippingDeliveryType"`
	Invoices             []ExchangeDeliveryInvoice `json:"deliveryInvoiceDtos"`
}

// ExchangeDeliveryInvoice is one invoice of a re-delivery box (deliveryInvoiceDtos): its number,
// the courier's code (deliverCode), its delivery status (statusCode: INSTRUCT, DEPARTURE,
// DELIVERING, FINAL_DELIVERY, NONE_TRACKING) and when it was uploaded.
type ExchangeDeliveryInvoice struct {
	InvoiceNumber flexText `json:"invoiceNumber"`
	DeliverCode   flexText `json:"deliverCode"`
	StatusCode    flexText `json:"statusCode"`
	UploadedAt    Time     `json:"invoiceNumberUploadDate"`
}

// flexText is a text field that may come as a string, a number or null ("").
type flexText string

// UnmarshalJSON accepts a string, a number or null.
func (t *flexText) UnmarshalJSON(b []byte) error {
	var c Code
	if err := c.UnmarshalJSON(b); err != nil {
		return err
	}
	*t = flexText(strings.TrimSpace(string(c)))
	return nil
}

// RedeliveryBoxes are the ids of the boxes Coupang made for the exchange's re-delivery, in the
// answer's order, each once; none before 입고 확인 (and for up to 10 minutes after it).
func (e Exchange) RedeliveryBoxes() []string {
	var out []string
	for _, g := range e.InvoiceGroups {
		id := strconv.FormatInt(int64(g.ShipmentBoxID), 10)
		if g.ShipmentBoxID > 0 && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// RedeliveryInvoice is the courier code and number of the first invoice uploaded for the
// exchange's re-delivery, "" and "" when none is.
func (e Exchange) RedeliveryInvoice() (courierCode, number string) {
	for _, g := range e.InvoiceGroups {
		for _, inv := range g.Invoices {
			if inv.InvoiceNumber != "" {
				return string(inv.DeliverCode), string(inv.InvoiceNumber)
			}
		}
	}
	return "", ""
}

// RedeliveryInvoices are the invoices on the exchange's re-delivery boxes: for each box that
// carries one, its first invoice with a number (deliverCode, invoiceNumber), in the answer's order.
func (e Exchange) RedeliveryInvoices() []order.BoxInvoice {
	var out []order.BoxInvoice
	seen := map[string]bool{}
	for _, g := range e.InvoiceGroups {
		id := strconv.FormatInt(int64(g.ShipmentBoxID), 10)
		if g.ShipmentBoxID <= 0 || seen[id] {
			continue
		}
		for _, inv := range g.Invoices {
			if inv.InvoiceNumber != "" {
				out = append(out, order.BoxInvoice{Box: id, Courier: string(inv.DeliverCode), Number: string(inv.InvoiceNumber)})
				seen[id] = true
				break
			}
		}
	}
	return out
}

// Exchange is one exchange request (교환 접수). Fields SellerDesk does not use are left to Raw.
type Exchange struct {
	ExchangeID              Int64                  `json:"exchangeId"`
	OrderID                 Int64                  `json:"orderId"`
	VendorID                string                 `json:"vendorId"`
	OrderDeliveryStatusCode string                 `json:"orderDeliveryStatusCode"`
	ExchangeStatus          string                 `json:"exchangeStatus"`
	FaultType               string                 `json:"faultType"`
	Reason                  string                 `json:"reason"`
	ReasonCode              string                 `json:"reasonCode"` // named by 360033397594
	CancelReason            string                 `json:"cancelReason"`
	CreatedAt               Time                   `json:"createdAt"`
	ModifiedAt              Time                   `json:"modifiedAt"`
	Items                   []ExchangeItem         `json:"exchangeItemDtoV1s"`
	InvoiceGroups           []ExchangeInvoiceGroup `json:"deliveryInvoiceGroupDtos"`
	DeliveryStatus          string                 `json:"deliveryStatus"`
	CollectStatus           string                 `json:"collectStatus"`
	CollectCompleteDate     Time                   `json:"collectCompleteDate"`
	ReturnDeliveries        []ReturnDelivery       `json:"returnDeliveryDtos"`
	// Rejectable (교환 불가처리 가능여부) and Successable (교환 완료 처리 가능여부) are Coupang's own
	// word on what the seller may do now; null reads as false.
	Rejectable                bool `json:"rejectable"`
	Successable               bool `json:"successable"`
	DeliveryInvoiceModifiable bool `json:"deliveryInvoiceModifiable"`

	// Raw is the exchange's JSON object as received.
	Raw json.RawMessage `json:"-"`
}

// ExchangePage is one page of the exchange list.
type ExchangePage struct {
	Code      Code
	Message   string
	Exchanges []Exchange
	NextToken string
	// Unreadable are the exchanges of the page that did not decode; the rest of the page is read.
	Unreadable []UnreadableExchange
}

// UnreadableExchange is an exchange of a list answer that did not decode.
type UnreadableExchange struct {
	// ExchangeID is the exchange's id when it could be read, else 0.
	ExchangeID int64
	Err        error
}

// DecodeExchangePage decodes an exchangeRequests answer (data: array, one object, or null).
func DecodeExchangePage(body []byte) (ExchangePage, error) {
	env, err := decodeEnvelope(body)
	if err != nil {
		return ExchangePage{}, err
	}
	page := ExchangePage{Code: env.Code, Message: env.Message, NextToken: string(env.NextToken)}
	raws, err := dataObjects(env.Data, "exchange requests")
	if err != nil {
		return ExchangePage{}, err
	}
	for i, raw := range raws {
		raw = bytes.TrimSpace(raw)
		if bytes.Equal(raw, []byte("null")) {
			continue
		}
		var e Exchange
		if err := json.Unmarshal(raw, &e); err != nil {
			u := UnreadableExchange{Err: fmt.Errorf("%w: exchange request %d: %w", ErrMalformedResponse, i, err)}
			var id struct {
				ExchangeID Int64 `json:"exchangeId"`
			}
			if json.Unmarshal(raw, &id) == nil {
				u.ExchangeID = int64(id.ExchangeID)
			}
			page.Unreadable = append(page.Unreadable, u)
			continue
		}
		e.Raw = append(json.RawMessage(nil), raw...)
		page.Exchanges = append(page.Exchanges, e)
	}
	return page, nil
}

// ExchangeQuery lists exchange requests by the time they were made (KST).
type ExchangeQuery struct {
	From, To time.Time // createdAtFrom, createdAtTo: at most MaxExchangeWindow apart
	Status   string    // "" (every status) or one of ExchangeStatuses
	OrderID  int64     // 0: every order
}

func (q ExchangeQuery) values() (url.Values, error) {
	if q.From.IsZero() || q.To.IsZero() {
		return nil, invalid("createdAtFrom/createdAtTo", "both times are required")
	}
	f, t := q.From.In(order.KST()).Truncate(time.Second), q.To.In(order.KST()).Truncate(time.Second)
	switch {
	case t.Before(f):
		return nil, invalid("createdAtTo", "is before createdAtFrom")
	case t.Sub(f) > MaxExchangeWindow:
		return nil, invalid("createdAtTo", "%s..%s is longer than 7 days", f.Format(exchangeTimeLayout), t.Format(exchangeTimeLayout))
	}
	v := url.Values{}
	v.Set("createdAtFrom", f.Format(exchangeTimeLayout))
	v.Set("createdAtTo", t.Format(exchangeTimeLayout))
	if q.Status != "" {
		ok := false
		for _, s := range ExchangeStatuses() {
			ok = ok || s == q.Status
		}
		if !ok {
			return nil, invalid("status", "one of %v, got %q", ExchangeStatuses(), q.Status)
		}
		v.Set("status", q.Status)
	}
	if q.OrderID < 0 {
		return nil, invalid("orderId", "must be positive")
	}
	if q.OrderID > 0 {
		v.Set("orderId", strconv.FormatInt(q.OrderID, 10))
	}
	return v, nil
}

// ExchangeWindow is the widest window of the exchange list that ends at `to` and stays inside
// what one call may cover however "7 days" is counted: from the start of the KST day six days
// before to's day, to `to`.
func ExchangeWindow(to time.Time) (from time.Time) {
	return kstDate(to).AddDate(0, 0, -6)
}

// ExchangeRequests fetches every page of the exchange list (following nextToken until it comes
// back empty). An exchange repeated across pages is returned once (the later copy). Exchanges
// that do not decode are returned apart, the rest of their page is kept.
func (c *Client) ExchangeRequests(ctx context.Context, q ExchangeQuery) ([]Exchange, []UnreadableExchange, error) {
	v, err := q.values()
	if err != nil {
		return nil, nil, err
	}
	op := "list exchange requests"
	var bad []UnreadableExchange
	// pages of 10 (the default): what the window may hold at MaxItemsPerDay a day
	maxPages := pageCap(q.From, q.To) * MaxPerPage / ExchangeDefaultPerPage
	out, err := followPages(op, v, maxPages,
		func(qv url.Values) ([]Exchange, string, error) {
			page, err := getChecked(ctx, c, request{op: op, method: http.MethodGet, path: c.path(EndpointExchangeRequests, "/exchangeRequests"), query: qv, extended: true},
				DecodeExchangePage, func(p ExchangePage) (Code, string) { return p.Code, p.Message })
			bad = append(bad, page.Unreadable...)
			return page.Exchanges, page.NextToken, err
		},
		func(e Exchange) Int64 { return e.ExchangeID })
	return out, bad, err
}

// exchangeOpen: 접수 and 진행 wait for the seller or for the pickup; 완료, 불가 and 철회 are over.
// A status the articles do not list is kept open (a hold the seller can see beats a box shipped
// against an exchange).
func exchangeOpen(status string) bool {
	switch strings.ToUpper(strings.TrimSpace(status)) {
	case ExchangeSuccess, ExchangeReject, ExchangeCancel:
		return false
	}
	return true
}

// IsExchangeStatus reports whether s is an exchangeStatus (the MarketStatus of a claim read from
// the exchange list, as against a return receipt's RU/UC/CC/PR).
func IsExchangeStatus(s string) bool {
	for _, v := range ExchangeStatuses() {
		if s == v {
			return true
		}
	}
	return false
}

// ToExchangeClaims maps an exchange request to one claim per box it touches (the items'
// originalShipmentBoxId). Type EXCHANGE; ID the exchangeId; MarketStatus the exchangeStatus;
// Stage the collectStatus (the pickup: 입고 확인 moves it to CompleteCollect, 360034027954);
// Open while RECEIPT or PROGRESS; Withdrawn when the buyer withdrew it (CANCEL) or it was
// rejected (REJECT); Quantity the items' quantity on that box; Reason the written reason, else
// the reason code; RedeliveryBoxes the re-delivery's boxes (deliveryInvoiceGroupDtos) and
// RedeliveryInvoices the invoice uploaded for each, RedeliveryCourier and RedeliveryNumber the
// first of them.
func ToExchangeClaims(e Exchange) []BoxClaim {
	requested := e.CreatedAt.Time
	if requested.IsZero() {
		requested = e.ModifiedAt.Time
	}
	status := strings.ToUpper(strings.TrimSpace(e.ExchangeStatus))
	reason := strings.TrimSpace(e.Reason)
	if reason == "" {
		reason = strings.TrimSpace(e.ReasonCode)
	}
	claim := order.Claim{Type: order.ClaimExchange, ID: strconv.FormatInt(int64(e.ExchangeID), 10), MarketStatus: status,
		RequestedAt: requested, Reason: reason, Open: exchangeOpen(status), Stage: strings.TrimSpace(e.CollectStatus),
		Withdrawn: status == ExchangeReject || status == ExchangeCancel, RedeliveryBoxes: e.RedeliveryBoxes(),
		RedeliveryInvoices: e.RedeliveryInvoices()}
	claim.RedeliveryCourier, claim.RedeliveryNumber = e.RedeliveryInvoice()
	var out []BoxClaim
	index := map[Int64]int{}
	for _, it := range e.Items {
		if it.OriginalShipmentBoxID <= 0 {
			continue
		}
		qty := int(max(0, min(int64(it.Quantity), 1<<30)))
		if i, ok := index[it.OriginalShipmentBoxID]; ok {
			out[i].CancelCount += qty
			out[i].Claim.Quantity += qty
			continue
		}
		id := strconv.FormatInt(int64(it.OriginalShipmentBoxID), 10)
		index[it.OriginalShipmentBoxID] = len(out)
		c := claim
		c.Quantity = qty
		out = append(out, BoxClaim{ShipmentKey: order.ShipmentKey(order.Coupang, id), ShipmentID: id,
			OrderID: strconv.FormatInt(int64(e.OrderID), 10), ReceiptID: claim.ID, CancelCount: qty, Claim: c})
	}
	return out
}

// The seller's answers to an exchange: one PUT per exchange on /exchangeRequests/{exchangeId}/…,
// with the vendorId and the exchangeId in the body too. The articles show "PATCH PUT" with PATCH
// struck through, as for the return answers: PUT is sent.
//
//   - 교환요청상품 입고 확인처리 (ConfirmExchangeReceived, article 360034027834): "고객이 반송한 상품을
//     접수한 후" the seller marks the returned goods received; the exchange's collectStatus then is
//     CompleteCollect and its re-delivery box appears (deliveryInvoiceGroupDtos, 360034027954).
//     The article's example answer is {"code":"200","message":"SUCCESS"}.
//   - 교환요청 거부 처리 (RejectExchange, article 360034027874): "교환거절코드는 SOLDOUT 또는
//     WITHDRAW만 입력할 수 있습니다" (the exchange goods are sold out; the buyer withdrew the
//     request); the answer carries data.resultCode SUCCESS or FAIL and data.resultMessage.
//   - 교환상품 송장 업로드 (UploadExchangeInvoices, article 360034027954; exchangeinvoice.go): the
//     new goods' parcel, once the re-delivery's box exists.
//
// Neither page states in which exchange states the call is refused, nor its error body; a refusal
// is read as for the return answers (a 400, or resultCode FAIL), and the exchange is read back.

// Exchange reject codes (exchangeRejectCode, article 360034027874).
const (
	ExchangeRejectSoldOut  = "SOLDOUT"  // the exchange goods are sold out
	ExchangeRejectWithdraw = "WITHDRAW" // the buyer withdrew the exchange request
)

// ExchangeRejectCodes are the documented reject codes, in the article's order.
func ExchangeRejectCodes() []string { return []string{ExchangeRejectSoldOut, ExchangeRejectWithdraw} }

// ExchangeRejectLabel is a reject code in Korean, "" for a code the article does not list.
func ExchangeRejectLabel(code string) string {
	switch code {
	case ExchangeRejectSoldOut:
		return "교환할 상품이 품절되었습니다"
	case ExchangeRejectWithdraw:
		return "구매자가 교환 요청을 철회했습니다"
	}
	return ""
}

// ConfirmExchangeReceived is 교환요청상품 입고 확인: the goods the buyer sent back arrived.
func (c *Client) ConfirmExchangeReceived(ctx context.Context, exchangeID int64) (ReceiptResult, error) {
	return c.idWrite(ctx, "confirm exchange received", EndpointExchangeReceiveConfirmation, "/exchangeRequests/", "exchangeId",
		"receiveConfirmation", exchangeID, nil)
}

// RejectExchange is 교환요청 거부 with one of ExchangeRejectCodes.
func (c *Client) RejectExchange(ctx context.Context, exchangeID int64, code string) (ReceiptResult, error) {
	if ExchangeRejectLabel(code) == "" {
		return ReceiptResult{ReceiptID: exchangeID}, invalid("exchangeRejectCode", "must be SOLDOUT or WITHDRAW, got %q", code)
	}
	return c.idWrite(ctx, "reject exchange", EndpointExchangeRejection, "/exchangeRequests/", "exchangeId", "rejection", exchangeID,
		map[string]any{"exchangeRejectCode": code})
}
