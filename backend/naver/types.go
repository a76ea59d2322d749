package naver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sellerdesk/backend/order"
	"strconv"
	"strings"
	"time"
)

// wireTimeLayout is the exact layout Naver asks for in requests: yyyy-MM-ddTHH:mm:ss.SSS+09:00.
const wireTimeLayout = "2006-01-02T15:04:05.000-07:00"

// FormatTime formats t the way Naver wants it in requests, in KST with milliseconds.
func FormatTime(t time.Time) string { return t.In(order.KST()).Format(wireTimeLayout) }

// ID is a Naver identifier (orderId, productOrderId, packageNumber, …). The schema says string,
// real answers have carried JSON numbers, so both decode.
type ID string

// UnmarshalJSON accepts a JSON string, an integer number, or null.
func (id *ID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || string(b) == "null" {
		*id = ""
		return nil
	}
	if b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return fmt.Errorf("naver: id: %w", err)
		}
		*id = ID(strings.TrimSpace(s))
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("naver: id %s is neither string nor number", truncateForError(b))
	}
	s := n.String()
	if strings.ContainsAny(s, ".eE-+") {
		return fmt.Errorf("naver: id %s is not an integer", truncateForError(b))
	}
	*id = ID(s)
	return nil
}

// Time is a Naver date-time. It decodes ISO 8601 with an offset and 0–9 fractional digits
// ("…T21:04:34+09:00", "…T21:04:34.0+09:00", "…T21:04:34.123456789+09:00"); a date-time without an
// offset is read as KST, and null or "" is the zero time.
type Time struct{ time.Time }

// UnmarshalJSON implements json.Unmarshaler.
func (t *Time) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		t.Time = time.Time{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("naver: date-time %s is not a string", truncateForError(b))
	}
	pt, err := ParseTime(s)
	if err != nil {
		return err
	}
	t.Time = pt
	return nil
}

// MarshalJSON writes the Naver wire layout (the zero time as null).
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + FormatTime(t.Time) + `"`), nil
}

// ParseTime parses a Naver date-time leniently (see Time).
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, order.KST()); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("naver: cannot parse date-time %q", truncateForError([]byte(s)))
}

// Won is an amount of money in 원. Naver sends integers; a number with a zero fraction
// ("1000.0") or a numeric string is accepted, a real fraction is an error.
type Won int64

// UnmarshalJSON implements json.Unmarshaler.
func (w *Won) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*w = 0
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return fmt.Errorf("naver: amount: %w", err)
		}
		b = []byte(strings.TrimSpace(s))
		if len(b) == 0 {
			*w = 0
			return nil
		}
	}
	if n, err := strconv.ParseInt(string(b), 10, 64); err == nil {
		*w = Won(n)
		return nil
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || f != float64(int64(f)) || f > 9e15 || f < -9e15 {
		return fmt.Errorf("naver: amount %s is not a whole number of won", truncateForError(b))
	}
	*w = Won(int64(f))
	return nil
}

func truncateForError(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

// Flag is a Naver boolean. Some fields are documented as strings ("true"/"false"), others
// as booleans, so both decode (also "Y"/"N"); anything else is an error.
type Flag bool

// UnmarshalJSON implements json.Unmarshaler.
func (f *Flag) UnmarshalJSON(b []byte) error {
	s := strings.Trim(strings.TrimSpace(string(b)), `"`)
	switch strings.ToLower(s) {
	case "true", "y", "1":
		*f = true
	case "false", "n", "0", "", "null":
		*f = false
	default:
		return fmt.Errorf("naver: flag %s is not a boolean", truncateForError(b))
	}
	return nil
}

// LastChangedStatus is one row of the changed-statuses feed.
type LastChangedStatus struct {
	OrderID                ID     `json:"orderId"`
	ProductOrderID         ID     `json:"productOrderId"`
	LastChangedType        string `json:"lastChangedType"`
	PaymentDate            Time   `json:"paymentDate"`
	LastChangedDate        Time   `json:"lastChangedDate"`
	ProductOrderStatus     string `json:"productOrderStatus"`
	ClaimType              string `json:"claimType"`
	ClaimStatus            string `json:"claimStatus"`
	ReceiverAddressChanged Flag   `json:"receiverAddressChanged"`
	GiftReceivingStatus    string `json:"giftReceivingStatus"`
}

// More is the feed's continuation cursor.
type More struct {
	MoreFrom     Time   `json:"moreFrom"`
	MoreSequence string `json:"moreSequence"`
}

// ChangedStatusesPage is one page of the feed.
type ChangedStatusesPage struct {
	Count    int                 `json:"count"`
	Statuses []LastChangedStatus `json:"lastChangeStatuses"`
	// More is set when Naver has more rows for the window; nil on the last page.
	More *More `json:"more"`
	// WindowTo is the inclusive end of the window the page was asked for (lastChangedTo, or
	// From + 24 h). On the window's last page (More nil) every change up to it has been returned.
	WindowTo time.Time `json:"-"`
	TraceID  string    `json:"-"`
}

// OrderInfo is the "order" part of a product order: the checkout and the orderer.
type OrderInfo struct {
	OrderID         ID     `json:"orderId"`
	OrderDate       Time   `json:"orderDate"`
	OrdererID       string `json:"ordererId"`
	OrdererName     string `json:"ordererName"`
	OrdererTel      string `json:"ordererTel"`
	OrdererNo       string `json:"ordererNo"`
	PaymentDate     Time   `json:"paymentDate"`
	PaymentDueDate  Time   `json:"paymentDueDate"`
	PaymentMeans    string `json:"paymentMeans"`
	PayLocationType string `json:"payLocationType"`

	OrderDiscountAmount       Won  `json:"orderDiscountAmount"`
	GeneralPaymentAmount      Won  `json:"generalPaymentAmount"`
	NaverMileagePaymentAmount Won  `json:"naverMileagePaymentAmount"`
	IsDeliveryMemoParticular  Flag `json:"isDeliveryMemoParticularInput"`
	IsMembershipSubscribed    Flag `json:"isMembershipSubscribed"`
}

// Address is a shippingAddress / takingAddress.
type Address struct {
	Name                  string `json:"name"`
	Tel1                  string `json:"tel1"`
	Tel2                  string `json:"tel2"`
	BaseAddress           string `json:"baseAddress"`
	DetailedAddress       string `json:"detailedAddress"`
	ZipCode               string `json:"zipCode"`
	AddressType           string `json:"addressType"`
	IsRoadNameAddress     Flag   `json:"isRoadNameAddress"`
	City                  string `json:"city"`
	State                 string `json:"state"`
	Country               string `json:"country"`
	PickupLocationType    string `json:"pickupLocationType"`
	PickupLocationContent string `json:"pickupLocationContent"`
	EntryMethod           string `json:"entryMethod"`
	EntryMethodContent    string `json:"entryMethodContent"`
}

// ProductOrder is the "productOrder" part of a product order.
type ProductOrder struct {
	ProductOrderID     ID     `json:"productOrderId"`
	ProductOrderStatus string `json:"productOrderStatus"`
	// ClaimType/ClaimStatus/ClaimID describe the latest claim, when there is one.
	ClaimType        string `json:"claimType"`
	ClaimStatus      string `json:"claimStatus"`
	ClaimID          ID     `json:"claimId"`
	PlaceOrderStatus string `json:"placeOrderStatus"`
	PlaceOrderDate   Time   `json:"placeOrderDate"`

	ProductID         ID     `json:"productId"`
	OriginalProductID ID     `json:"originalProductId"`
	ProductName       string `json:"productName"`
	ProductOption     string `json:"productOption"`
	OptionCode        ID     `json:"optionCode"`
	ItemNo            ID     `json:"itemNo"`
	OptionManageCode  string `json:"optionManageCode"`
	SellerProductCode string `json:"sellerProductCode"`
	SellerCustomCode1 string `json:"sellerCustomCode1"`
	SellerCustomCode2 string `json:"sellerCustomCode2"`

	Quantity        int `json:"quantity"`
	InitialQuantity int `json:"initialQuantity"`
	RemainQuantity  int `json:"remainQuantity"`

	UnitPrice             Won `json:"unitPrice"`
	OptionPrice           Won `json:"optionPrice"`
	TotalProductAmount    Won `json:"totalProductAmount"`
	TotalPaymentAmount    Won `json:"totalPaymentAmount"`
	InitialPaymentAmount  Won `json:"initialPaymentAmount"`
	RemainPaymentAmount   Won `json:"remainPaymentAmount"`
	ProductDiscountAmount Won `json:"productDiscountAmount"`
	DeliveryFeeAmount     Won `json:"deliveryFeeAmount"`
	DeliveryDiscount      Won `json:"deliveryDiscountAmount"`
	SectionDeliveryFee    Won `json:"sectionDeliveryFee"`

	DeliveryPolicyType string `json:"deliveryPolicyType"`
	ShippingFeeType    string `json:"shippingFeeType"`
	PackageNumber      ID     `json:"packageNumber"`
	ShippingDueDate    Time   `json:"shippingDueDate"`
	// DelayedDispatchReason and DelayedDispatchDetail appear after a 발송지연.
	DelayedDispatchReason   string `json:"delayedDispatchReason"`
	DelayedDispatchDetail   string `json:"delayedDispatchDetailedReason"`
	ShippingStartDate       Time   `json:"shippingStartDate"`
	ShippingMemo            string `json:"shippingMemo"`
	ExpectedDeliveryMethod  string `json:"expectedDeliveryMethod"`
	ExpectedDeliveryCompany string `json:"expectedDeliveryCompany"`
	DeliveryAttributeType   string `json:"deliveryAttributeType"`
	// DeliveryTagType is given for some N배송 orders (HOPE: 희망일배송).
	DeliveryTagType string `json:"deliveryTagType"`
	// HopeDelivery is the buyer's hope-delivery day (희망일배송), nil for other product orders.
	HopeDelivery        *HopeDelivery `json:"hopeDelivery"`
	DecisionDate        Time          `json:"decisionDate"`
	FreeGift            string        `json:"freeGift"`
	GiftReceivingStatus string        `json:"giftReceivingStatus"`

	ShippingAddress *Address `json:"shippingAddress"`
	TakingAddress   *Address `json:"takingAddress"`
}

// HopeDelivery is productOrder.hopeDelivery (seller-get-product-orders-with-conditions-pay-order-seller):
// the day (yyyymmdd) and hour (HHmm) the buyer wants the goods, the region and its fee, and who
// changed them last and why. The day and hour are documented as strings; a number decodes too.
type HopeDelivery struct {
	Region        string `json:"region"`
	AdditionalFee Won    `json:"additionalFee"`
	Ymd           ID     `json:"hopeDeliveryYmd"`
	Hm            ID     `json:"hopeDeliveryHm"`
	ChangeReason  string `json:"changeReason"`
	Changer       string `json:"changer"`
}

// Delivery is the "delivery" part of a product order, set once dispatched.
type Delivery struct {
	DeliveryMethod        string `json:"deliveryMethod"`
	DeliveryCompany       string `json:"deliveryCompany"`
	TrackingNumber        string `json:"trackingNumber"`
	SendDate              Time   `json:"sendDate"`
	PickupDate            Time   `json:"pickupDate"`
	DeliveredDate         Time   `json:"deliveredDate"`
	DeliveryStatus        string `json:"deliveryStatus"`
	IsWrongTrackingNumber Flag   `json:"isWrongTrackingNumber"`
}

// ClaimDetail is one cancel/return/exchange record. The field names differ per claim kind; the
// union is kept here and Reason() picks the right one.
type ClaimDetail struct {
	ClaimID          ID     `json:"claimId"`
	ClaimStatus      string `json:"claimStatus"`
	ClaimRequestDate Time   `json:"claimRequestDate"`
	RequestChannel   string `json:"requestChannel"`

	CancelReason         string `json:"cancelReason"`
	CancelDetailedReason string `json:"cancelDetailedReason"`
	CancelCompletedDate  Time   `json:"cancelCompletedDate"`
	CancelApprovalDate   Time   `json:"cancelApprovalDate"`

	ReturnReason         string `json:"returnReason"`
	ReturnDetailedReason string `json:"returnDetailedReason"`
	ReturnCompletedDate  Time   `json:"returnCompletedDate"`

	ExchangeReason         string `json:"exchangeReason"`
	ExchangeDetailedReason string `json:"exchangeDetailedReason"`

	CollectStatus     string `json:"collectStatus"`
	CollectCompleted  Time   `json:"collectCompletedDate"`
	RequestQuantity   int    `json:"requestQuantity"`
	HoldbackStatus    string `json:"holdbackStatus"`
	HoldbackReason    string `json:"holdbackReason"`
	HoldbackDetailed  string `json:"holdbackDetailedReason"`
	ReDeliveryStatus  string `json:"reDeliveryStatus"`
	ReDeliveryCompany string `json:"reDeliveryCompany"`
	// ReDeliveryTrackingNumber is the number of the exchange goods' re-delivery (교환 재배송).
	ReDeliveryTrackingNumber string `json:"reDeliveryTrackingNumber"`
}

// Reason is the claim's reason, detailed when the buyer gave details.
func (c *ClaimDetail) Reason() string {
	for _, pair := range [][2]string{
		{c.CancelReason, c.CancelDetailedReason},
		{c.ReturnReason, c.ReturnDetailedReason},
		{c.ExchangeReason, c.ExchangeDetailedReason},
	} {
		if pair[0] == "" && pair[1] == "" {
			continue
		}
		if pair[1] == "" {
			return pair[0]
		}
		if pair[0] == "" {
			return pair[1]
		}
		return pair[0] + ": " + pair[1]
	}
	return ""
}

// ClaimSet is currentClaim / beforeClaim: at most one of the three is set.
type ClaimSet struct {
	Cancel   *ClaimDetail `json:"cancel"`
	Return   *ClaimDetail `json:"return"`
	Exchange *ClaimDetail `json:"exchange"`
}

// CompletedClaim is one element of completedClaims[]: a claim of the product order that is over
// (done, rejected, or withdrawn by the buyer).
type CompletedClaim struct {
	ClaimType        string `json:"claimType"`
	ClaimID          ID     `json:"claimId"`
	ClaimStatus      string `json:"claimStatus"`
	ClaimRequestDate Time   `json:"claimRequestDate"`
	RequestChannel   string `json:"requestChannel"`
	// ClaimRequestReason is a reason code (e.g. INTENT_CHANGED), ClaimRequestDetailContent the
	// buyer's own words.
	ClaimRequestReason         string `json:"claimRequestReason"`
	ClaimRequestDetailContent  string `json:"claimRequestDetailContent"`
	RequestQuantity            int    `json:"requestQuantity"`
	ClaimCompleteOperationDate Time   `json:"claimCompleteOperationDate"`
}

// Reason is the buyer's words, else the reason code.
func (c *CompletedClaim) Reason() string {
	if c.ClaimRequestDetailContent != "" {
		return c.ClaimRequestDetailContent
	}
	return c.ClaimRequestReason
}

// ProductOrderDetail is one element of /product-orders/query (and of the conditional list): one
// product order with its order, delivery and claims. Raw keeps Naver's JSON verbatim.
type ProductOrderDetail struct {
	Order        OrderInfo    `json:"order"`
	ProductOrder ProductOrder `json:"productOrder"`
	Delivery     *Delivery    `json:"delivery"`
	CurrentClaim *ClaimSet    `json:"currentClaim"`
	BeforeClaim  *ClaimSet    `json:"beforeClaim"`
	// CompletedClaims are the product order's ended claims.
	CompletedClaims []CompletedClaim `json:"completedClaims"`
	// Cancel, Return and Exchange are the deprecated top-level claim fields ("2025년 상반기 중
	// 제거 예정"): read only for the details of the claim productOrder names, never for its status.
	Cancel   *ClaimDetail `json:"cancel"`
	Return   *ClaimDetail `json:"return"`
	Exchange *ClaimDetail `json:"exchange"`

	// Raw is the product order exactly as Naver sent it.
	Raw json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes the known fields and keeps the raw bytes.
func (d *ProductOrderDetail) UnmarshalJSON(b []byte) error {
	type plain ProductOrderDetail
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*d = ProductOrderDetail(p)
	d.Raw = append(json.RawMessage(nil), b...)
	return nil
}

// ID is the product order id.
func (d *ProductOrderDetail) ID() string { return string(d.ProductOrder.ProductOrderID) }

// deprecatedClaim is the top-level record of one claim kind.
func (d *ProductOrderDetail) deprecatedClaim(kind string) *ClaimDetail {
	switch kind {
	case "CANCEL", "ADMIN_CANCEL":
		return d.Cancel
	case "RETURN":
		return d.Return
	case "EXCHANGE":
		return d.Exchange
	}
	return nil
}

// LatestClaim returns the claim kind and record Naver considers current: currentClaim first; else
// the kind productOrder.claimType names, with the deprecated top-level record of that kind (which
// may be nil); else, when nothing else names a claim and no claim has ended, a deprecated record
// alone. Empty kind when there is no current claim.
func (d *ProductOrderDetail) LatestClaim() (string, *ClaimDetail) {
	kind, c, _ := d.latestClaim()
	return kind, c
}

// latestClaim is LatestClaim; current says the record is currentClaim's (Naver's own word on the
// claim's status) rather than a deprecated top-level one.
func (d *ProductOrderDetail) latestClaim() (kind string, c *ClaimDetail, current bool) {
	if d.CurrentClaim != nil {
		switch {
		case d.CurrentClaim.Cancel != nil:
			return "CANCEL", d.CurrentClaim.Cancel, true
		case d.CurrentClaim.Return != nil:
			return "RETURN", d.CurrentClaim.Return, true
		case d.CurrentClaim.Exchange != nil:
			return "EXCHANGE", d.CurrentClaim.Exchange, true
		}
	}
	if kind := d.ProductOrder.ClaimType; kind != "" {
		if kind == "ADMIN_CANCEL" {
			return "CANCEL", d.Cancel, false
		}
		return kind, d.deprecatedClaim(kind), false
	}
	if len(d.CompletedClaims) > 0 {
		return "", nil, false
	}
	switch {
	case d.Cancel != nil:
		return "CANCEL", d.Cancel, false
	case d.Return != nil:
		return "RETURN", d.Return, false
	case d.Exchange != nil:
		return "EXCHANGE", d.Exchange, false
	}
	return "", nil, false
}

// LastCompletedClaim is the most recently requested of completedClaims, nil when there is none.
func (d *ProductOrderDetail) LastCompletedClaim() *CompletedClaim {
	var last *CompletedClaim
	for i := range d.CompletedClaims {
		c := &d.CompletedClaims[i]
		if last == nil || !c.ClaimRequestDate.Before(last.ClaimRequestDate.Time) {
			last = c
		}
	}
	return last
}

// ProductOrdersPage is one page of the conditional list (GET /product-orders).
type ProductOrdersPage struct {
	Orders []ProductOrderDetail
	// Undecodable lists elements of the page this client could not read, kept raw.
	Undecodable []UndecodableOrder
	Page        int
	Size        int
	HasNext     bool
	TraceID     string
}

// ConfirmSuccess is one acknowledged product order.
type ConfirmSuccess struct {
	ProductOrderID           ID   `json:"productOrderId"`
	IsReceiverAddressChanged Flag `json:"isReceiverAddressChanged"`
}

// ItemFailure is one product order Naver refused in a write that answered 200.
type ItemFailure struct {
	ProductOrderID ID     `json:"productOrderId"`
	Code           string `json:"code"`
	Message        string `json:"message"`
}

// DispatchItem is one product order to mark as sent (발송처리).
type DispatchItem struct {
	ProductOrderID string
	// DeliveryMethod is e.g. "DELIVERY" (택배); empty means DELIVERY.
	DeliveryMethod string
	// CourierCode is Naver's deliveryCompanyCode (CJGLS, HYUNDAI = 롯데택배, KGB = 로젠택배, …).
	CourierCode    string
	TrackingNumber string
	// DispatchedAt is the dispatch time; zero means now.
	DispatchedAt time.Time
}
