package coupang

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sellerdesk/backend/order"
	"strconv"
	"strings"
	"time"
)

// Code is the envelope's "code": a number (200) in list answers, a string ("200") in write
// answers, or "SUCCESS"/"ERROR". It is kept as text.
type Code string

// UnmarshalJSON accepts a number, a string or null.
func (c *Code) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*c = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return fmt.Errorf("coupang: code: %w", err)
		}
		*c = Code(s)
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("coupang: code %s: %w", b, err)
		}
		*c = Code(n.String())
	}
	return nil
}

// OK reports whether the code means success ("200", 200, "SUCCESS", or absent).
func (c Code) OK() bool {
	switch strings.ToUpper(strings.TrimSpace(string(c))) {
	case "", "200", "SUCCESS", "OK":
		return true
	}
	return false
}

// Token is a paging token sent as a string or a number; "" means the last page.
type Token string

// UnmarshalJSON accepts a string, a number or null.
func (t *Token) UnmarshalJSON(b []byte) error {
	var c Code
	if err := c.UnmarshalJSON(b); err != nil {
		return fmt.Errorf("coupang: nextToken: %w", err)
	}
	*t = Token(c)
	return nil
}

// Time is a Coupang local time (no offset on the wire; read as KST). Both "2006-01-02T15:04:05"
// and "2006-01-02 15:04:05" occur, with or without seconds, and plain dates. Empty and null are
// the zero time. A value in no known style does not fail the whole order sheet: it is kept in
// Unparsed and the time stays zero (the sheet's Raw JSON keeps it too).
type Time struct {
	time.Time
	Unparsed string
}

var timeLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02",
}

// ParseTime reads one of the API's local time styles as KST; RFC 3339 with an offset is honoured.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range timeLayouts {
		if t, err := time.ParseInLocation(l, s, order.KST()); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.In(order.KST()), nil
	}
	return time.Time{}, fmt.Errorf("coupang: unrecognised time %q", s)
}

// UnmarshalJSON accepts a string in one of the API's styles, or null; see Time for the rest.
func (t *Time) UnmarshalJSON(b []byte) error {
	*t = Time{}
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	var s string
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && bytes.IndexByte(b, '\\') < 0 {
		s = string(b[1 : n-1]) // fast path: a plain string without escapes
	} else if err := json.Unmarshal(b, &s); err != nil {
		t.Unparsed = string(b)
		return nil
	}
	v, err := ParseTime(s)
	if err != nil {
		t.Unparsed = s
		return nil
	}
	t.Time = v
	return nil
}

// MarshalJSON writes the API's "T" style without offset, or null for the zero time.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + t.In(order.KST()).Format("2006-01-02T15:04:05") + `"`), nil
}

// Int64 is an id or amount that may come as a number or a numeric string; never a float64.
type Int64 int64

// UnmarshalJSON accepts an integer, a numeric string, or null (0).
func (n *Int64) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || bytes.Equal(b, []byte("null")) {
		*n = 0
		return nil
	}
	s := string(b)
	if b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return fmt.Errorf("coupang: number: %w", err)
		}
		s = strings.TrimSpace(s)
		if s == "" {
			*n = 0
			return nil
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return fmt.Errorf("coupang: number %s: %w", b, err)
	}
	*n = Int64(v)
	return nil
}

// Orderer is the buyer.
type Orderer struct {
	Name          string `json:"name"`
	Email         string `json:"email"`
	SafeNumber    string `json:"safeNumber"`
	OrdererNumber string `json:"ordererNumber"`
}

// Receiver is who the box goes to; SafeNumber is the 0502 virtual number.
type Receiver struct {
	Name           string `json:"name"`
	SafeNumber     string `json:"safeNumber"`
	ReceiverNumber string `json:"receiverNumber"`
	Addr1          string `json:"addr1"`
	Addr2          string `json:"addr2"`
	PostCode       string `json:"postCode"`
}

// OrderItem is one vendor item in a box.
type OrderItem struct {
	VendorItemPackageID        Int64           `json:"vendorItemPackageId"`
	VendorItemPackageName      string          `json:"vendorItemPackageName"`
	ProductID                  Int64           `json:"productId"`
	VendorItemID               Int64           `json:"vendorItemId"`
	VendorItemName             string          `json:"vendorItemName"`
	ShippingCount              int             `json:"shippingCount"`
	SalesPrice                 Int64           `json:"salesPrice"`
	OrderPrice                 Int64           `json:"orderPrice"`
	DiscountPrice              Int64           `json:"discountPrice"`
	InstantCouponDiscount      Int64           `json:"instantCouponDiscount"`
	DownloadableCouponDiscount Int64           `json:"downloadableCouponDiscount"`
	CoupangDiscount            Int64           `json:"coupangDiscount"`
	ExternalVendorSkuCode      string          `json:"externalVendorSkuCode"`
	EtcInfoHeader              string          `json:"etcInfoHeader"`
	EtcInfoValue               string          `json:"etcInfoValue"`
	EtcInfoValues              []string        `json:"etcInfoValues"`
	SellerProductID            Int64           `json:"sellerProductId"`
	SellerProductName          string          `json:"sellerProductName"`
	SellerProductItemName      string          `json:"sellerProductItemName"`
	FirstSellerProductItemName string          `json:"firstSellerProductItemName"`
	CancelCount                int             `json:"cancelCount"`
	HoldCountForCancel         int             `json:"holdCountForCancel"`
	EstimatedShippingDate      Time            `json:"estimatedShippingDate"`
	PlannedShippingDate        Time            `json:"plannedShippingDate"`
	InvoiceNumberUploadDate    Time            `json:"invoiceNumberUploadDate"`
	ExtraProperties            json.RawMessage `json:"extraProperties"`
	PricingBadge               bool            `json:"pricingBadge"`
	UsedProduct                bool            `json:"usedProduct"`
	ConfirmDate                Time            `json:"confirmDate"`
	DeliveryChargeTypeName     string          `json:"deliveryChargeTypeName"`
	UpBundleVendorItemID       Int64           `json:"upBundleVendorItemId"`
	UpBundleVendorItemName     string          `json:"upBundleVendorItemName"`
	UpBundleSize               int             `json:"upBundleSize"`
	UpBundleItem               bool            `json:"upBundleItem"`
	Canceled                   bool            `json:"canceled"`
}

// ShippableCount is shippingCount less cancelCount and holdCountForCancel, never negative.
func (it *OrderItem) ShippableCount() int {
	n := it.ShippingCount - it.CancelCount - it.HoldCountForCancel
	if n < 0 {
		return 0
	}
	return n
}

// OverseaShippingInfo is the customs block of overseas orders.
type OverseaShippingInfo struct {
	PersonalCustomsClearanceCode string `json:"personalCustomsClearanceCode"`
	OrdererSsn                   string `json:"ordererSsn"`
	OrdererPhoneNumber           string `json:"ordererPhoneNumber"`
}

// OrderSheet is one shipment box (발주서). Raw keeps the object exactly as received.
type OrderSheet struct {
	ShipmentBoxID       Int64               `json:"shipmentBoxId"`
	OrderID             Int64               `json:"orderId"`
	OrderedAt           Time                `json:"orderedAt"`
	Orderer             Orderer             `json:"orderer"`
	PaidAt              Time                `json:"paidAt"`
	Status              string              `json:"status"`
	ShippingPrice       Int64               `json:"shippingPrice"`
	RemotePrice         Int64               `json:"remotePrice"`
	RemoteArea          bool                `json:"remoteArea"`
	ParcelPrintMessage  string              `json:"parcelPrintMessage"`
	SplitShipping       bool                `json:"splitShipping"`
	AbleSplitShipping   bool                `json:"ableSplitShipping"`
	Receiver            Receiver            `json:"receiver"`
	OrderItems          []OrderItem         `json:"orderItems"`
	OverseaShippingInfo OverseaShippingInfo `json:"overseaShippingInfoDto"`
	DeliveryCompanyName string              `json:"deliveryCompanyName"`
	InvoiceNumber       string              `json:"invoiceNumber"`
	InTransitDateTime   Time                `json:"inTrasitDateTime"` // sic, as the API spells it
	DeliveredDate       Time                `json:"deliveredDate"`
	Refer               string              `json:"refer"`
	ShipmentType        string              `json:"shipmentType"`

	// Raw is the order sheet's JSON object as received, for the store's raw payload.
	Raw json.RawMessage `json:"-"`
}

// envelope is the common answer shape.
type envelope struct {
	Code          Code            `json:"code"`
	Message       string          `json:"message"`
	Data          json.RawMessage `json:"data"`
	NextToken     Token           `json:"nextToken"`
	TransactionID string          `json:"transactionId"`
}

// ErrMalformedResponse marks an answer that could not be decoded (including truncated bodies).
var ErrMalformedResponse = errors.New("coupang: malformed response")

// dataObjects splits the "data" of a list answer into its objects: an array of them, one object,
// or null/absent (none). what names the list in the error.
func dataObjects(data json.RawMessage, what string) ([]json.RawMessage, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 || bytes.Equal(data, []byte("null")) {
		return nil, nil
	}
	var raws []json.RawMessage
	switch data[0] {
	case '[':
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrMalformedResponse, what, err)
		}
	case '{':
		raws = []json.RawMessage{data}
	default:
		return nil, fmt.Errorf("%w: %s: data is neither an object nor an array", ErrMalformedResponse, what)
	}
	return raws, nil
}

func decodeEnvelope(body []byte) (envelope, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return envelope{}, fmt.Errorf("%w: %w", ErrMalformedResponse, err)
	}
	return env, nil
}

// OrderSheetPage is one page of an order-sheet list.
type OrderSheetPage struct {
	Code      Code
	Message   string
	Sheets    []OrderSheet
	NextToken string
	// Unreadable are the sheets of the page that did not decode (a value of the wrong type or
	// out of range): the rest of the page is read, and the caller reports these.
	Unreadable []UnreadableSheet
}

// UnreadableSheet is an order sheet of a list answer that did not decode.
type UnreadableSheet struct {
	// ShipmentBoxID is the box's id when it could be read, else 0.
	ShipmentBoxID int64
	Raw           json.RawMessage
	Err           error
}

// DecodeOrderSheetPage decodes a list answer. data may be an array, a single object, or null. A
// sheet that does not decode goes to Unreadable instead of failing the page: one impossible value
// must not hide the other boxes of the page on every run.
func DecodeOrderSheetPage(body []byte) (OrderSheetPage, error) {
	env, err := decodeEnvelope(body)
	if err != nil {
		return OrderSheetPage{}, err
	}
	sheets, bad, err := decodeOrderSheets(env.Data)
	if err != nil {
		return OrderSheetPage{}, err
	}
	return OrderSheetPage{Code: env.Code, Message: env.Message, Sheets: sheets, NextToken: string(env.NextToken), Unreadable: bad}, nil
}

// DecodeOrderSheets decodes the "data" of an order-sheet answer: an array of order sheets, one
// object, or null/absent (none). Each sheet keeps its raw JSON. A sheet that does not decode
// fails the call (DecodeOrderSheetPage reads the others).
func DecodeOrderSheets(data json.RawMessage) ([]OrderSheet, error) {
	sheets, bad, err := decodeOrderSheets(data)
	if err == nil && len(bad) > 0 {
		err = bad[0].Err
	}
	if err != nil {
		return nil, err
	}
	return sheets, nil
}

func decodeOrderSheets(data json.RawMessage) ([]OrderSheet, []UnreadableSheet, error) {
	raws, err := dataObjects(data, "order sheets")
	if err != nil || len(raws) == 0 {
		return nil, nil, err
	}
	sheets := make([]OrderSheet, 0, len(raws))
	var bad []UnreadableSheet
	for i, raw := range raws {
		raw = bytes.TrimSpace(raw)
		if bytes.Equal(raw, []byte("null")) {
			continue
		}
		var s OrderSheet
		if err := json.Unmarshal(raw, &s); err != nil {
			u := UnreadableSheet{Raw: append(json.RawMessage(nil), raw...), Err: fmt.Errorf("%w: order sheet %d: %w", ErrMalformedResponse, i, err)}
			var id struct {
				ShipmentBoxID Int64 `json:"shipmentBoxId"`
			}
			if json.Unmarshal(raw, &id) == nil {
				u.ShipmentBoxID = int64(id.ShipmentBoxID)
			}
			bad = append(bad, u)
			continue
		}
		s.Raw = append(json.RawMessage(nil), raw...)
		sheets = append(sheets, s)
	}
	return sheets, bad, nil
}

// ReturnItem is one vendor item of a return/cancel receipt.
type ReturnItem struct {
	VendorItemPackageID   Int64  `json:"vendorItemPackageId"`
	VendorItemPackageName string `json:"vendorItemPackageName"`
	VendorItemID          Int64  `json:"vendorItemId"`
	VendorItemName        string `json:"vendorItemName"`
	PurchaseCount         int    `json:"purchaseCount"`
	CancelCount           int    `json:"cancelCount"`
	ShipmentBoxID         Int64  `json:"shipmentBoxId"`
	SellerProductID       Int64  `json:"sellerProductId"`
	SellerProductName     string `json:"sellerProductName"`
	ReleaseStatus         string `json:"releaseStatus"`
	CancelCompleteUser    string `json:"cancelCompleteUser"`
}

// ReturnDelivery is a return pickup's courier and invoice.
type ReturnDelivery struct {
	DeliveryCompanyCode string `json:"deliveryCompanyCode"`
	DeliveryInvoiceNo   string `json:"deliveryInvoiceNo"`
}

// ReturnRequest is one return or cancel receipt (반품/취소 접수).
type ReturnRequest struct {
	ReceiptID                Int64            `json:"receiptId"`
	OrderID                  Int64            `json:"orderId"`
	PaymentID                Int64            `json:"paymentId"`
	ReceiptType              string           `json:"receiptType"`
	ReceiptStatus            string           `json:"receiptStatus"`
	CreatedAt                Time             `json:"createdAt"`
	ModifiedAt               Time             `json:"modifiedAt"`
	RequesterName            string           `json:"requesterName"`
	RequesterPhoneNumber     string           `json:"requesterPhoneNumber"`
	RequesterRealPhoneNumber string           `json:"requesterRealPhoneNumber"`
	RequesterAddress         string           `json:"requesterAddress"`
	RequesterAddressDetail   string           `json:"requesterAddressDetail"`
	RequesterZipCode         string           `json:"requesterZipCode"`
	CancelReasonCategory1    string           `json:"cancelReasonCategory1"`
	CancelReasonCategory2    string           `json:"cancelReasonCategory2"`
	CancelReason             string           `json:"cancelReason"`
	CancelCountSum           int              `json:"cancelCountSum"`
	ReturnDeliveryID         Int64            `json:"returnDeliveryId"`
	ReturnDeliveryType       string           `json:"returnDeliveryType"`
	ReleaseStopStatus        string           `json:"releaseStopStatus"`
	EnclosePrice             Int64            `json:"enclosePrice"`
	FaultByType              string           `json:"faultByType"`
	PreRefund                bool             `json:"preRefund"`
	CompleteConfirmType      string           `json:"completeConfirmType"`
	CompleteConfirmDate      Time             `json:"completeConfirmDate"`
	ReturnItems              []ReturnItem     `json:"returnItems"`
	ReturnDeliveryDtos       []ReturnDelivery `json:"returnDeliveryDtos"`

	// CancelType is what the request was listed under: "CANCEL" for cancels made at 결제완료,
	// otherwise "RETURN". Set by the client, not decoded.
	CancelType string `json:"-"`
	// Raw is the receipt's JSON object as received.
	Raw json.RawMessage `json:"-"`
}

// ReturnRequestPage is one page of the return/cancel request list.
type ReturnRequestPage struct {
	Code      Code
	Message   string
	Requests  []ReturnRequest
	NextToken string
}

// DecodeReturnRequestPage decodes a returnRequests answer (data: array, object or null).
func DecodeReturnRequestPage(body []byte) (ReturnRequestPage, error) {
	env, err := decodeEnvelope(body)
	if err != nil {
		return ReturnRequestPage{}, err
	}
	page := ReturnRequestPage{Code: env.Code, Message: env.Message, NextToken: string(env.NextToken)}
	raws, err := dataObjects(env.Data, "return requests")
	if err != nil {
		return ReturnRequestPage{}, err
	}
	for i, raw := range raws {
		raw = bytes.TrimSpace(raw)
		if bytes.Equal(raw, []byte("null")) {
			continue
		}
		var r ReturnRequest
		if err := json.Unmarshal(raw, &r); err != nil {
			return ReturnRequestPage{}, fmt.Errorf("%w: return request %d: %w", ErrMalformedResponse, i, err)
		}
		r.Raw = append(json.RawMessage(nil), raw...)
		page.Requests = append(page.Requests, r)
	}
	return page, nil
}

// BoxResult is the outcome of a write for one shipment box.
type BoxResult struct {
	ShipmentBoxID Int64  `json:"shipmentBoxId"`
	Succeed       bool   `json:"succeed"`
	ResultCode    string `json:"resultCode"`
	RetryRequired bool   `json:"retryRequired"`
	ResultMessage string `json:"resultMessage"`
}

// Write response codes (responseCode).
const (
	ResponseNone         = -1
	ResponseSuccess      = 0
	ResponsePartialError = 1
	ResponseFailed       = 99
)

// WriteResult is the answer of an acknowledgement or an invoice upload.
type WriteResult struct {
	ResponseKey     Int64       `json:"responseKey"`
	ResponseCode    int         `json:"responseCode"`
	ResponseMessage string      `json:"responseMessage"`
	ResponseList    []BoxResult `json:"responseList"`
}

// Failed lists the per-box results that did not succeed.
func (w *WriteResult) Failed() []BoxResult {
	var out []BoxResult
	for _, r := range w.ResponseList {
		if !r.Succeed {
			out = append(out, r)
		}
	}
	return out
}

// DecodeWriteResult decodes an acknowledgement/invoice answer (code "200" as a string or number).
func DecodeWriteResult(body []byte) (Code, string, WriteResult, error) {
	env, err := decodeEnvelope(body)
	if err != nil {
		return "", "", WriteResult{}, err
	}
	var w WriteResult
	data := bytes.TrimSpace(env.Data)
	if len(data) > 0 && !bytes.Equal(data, []byte("null")) {
		if err := json.Unmarshal(data, &w); err != nil {
			return "", "", WriteResult{}, fmt.Errorf("%w: write result: %w", ErrMalformedResponse, err)
		}
	} else {
		w.ResponseCode = ResponseNone
	}
	return env.Code, env.Message, w, nil
}
