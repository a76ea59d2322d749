// Package order is SellerDesk's model of the seller's world: marketplaces, orders, the shipments
// (boxes) that carry them, the lines inside a box, the receiver, a unified status, and the findings
// of the pre-ship checks. It is pure: no I/O, no clock, no marketplace wire formats.
//
// Each marketplace client maps its own wire types into these types in exactly one place.
package order

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Marketplace names where an order came from.
type Marketplace string

const (
	Naver   Marketplace = "naver"
	Coupang Marketplace = "coupang"
)

var marketplaces = [...]Marketplace{Naver, Coupang}

// AllMarketplaces returns every marketplace SellerDesk syncs, in display order.
func AllMarketplaces() []Marketplace { return marketplaces[:] }

// Valid reports whether m is a marketplace SellerDesk knows.
func (m Marketplace) Valid() bool { return m == Naver || m == Coupang }

// Label is the marketplace's Korean name as sellers say it.
func (m Marketplace) Label() string {
	switch m {
	case Naver:
		return "네이버"
	case Coupang:
		return "쿠팡"
	}
	return string(m)
}

// ParseMarketplace accepts "naver"/"coupang" in any case, and the Korean names.
func ParseMarketplace(s string) (Marketplace, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "naver", "네이버", "smartstore", "스마트스토어":
		return Naver, nil
	case "coupang", "쿠팡":
		return Coupang, nil
	}
	return "", fmt.Errorf("order: unknown marketplace %q", s)
}

// Order is what the buyer paid for in one checkout. One order has one or more shipments.
type Order struct {
	Marketplace Marketplace `json:"marketplace"`
	ID          string      `json:"id"`
	OrderedAt   time.Time   `json:"orderedAt"`
	PaidAt      time.Time   `json:"paidAt"`
	OrdererName string      `json:"ordererName,omitempty"`
	Shipments   []Shipment  `json:"shipments"`
}

// Shipment is one box the seller packs and hands to the courier: a Coupang shipmentBoxId, or a
// Naver productOrderId (Naver's unit of fulfilment; boxes that Naver bundles share PackageNumber).
type Shipment struct {
	Marketplace Marketplace `json:"marketplace"`
	// ID is the marketplace's id of the box: Coupang shipmentBoxId, Naver productOrderId.
	ID      string `json:"id"`
	OrderID string `json:"orderId"`
	// PackageNumber groups boxes the marketplace itself bundles (Naver packageNumber).
	PackageNumber string `json:"packageNumber,omitempty"`

	Status Status `json:"status"`
	// MarketStatus is the marketplace's own status, verbatim (e.g. "ACCEPT", "PAYED/NOT_YET").
	MarketStatus string `json:"marketStatus"`

	OrderedAt time.Time `json:"orderedAt"`
	PaidAt    time.Time `json:"paidAt"`
	// ChangedAt is when the marketplace last changed this shipment, when it says so.
	ChangedAt time.Time `json:"changedAt"`
	// AcknowledgedAt is when the seller acknowledged it (발주확인 / 상품준비중), zero before.
	AcknowledgedAt time.Time `json:"acknowledgedAt"`
	// ShipBy is the 발송기한: the box must be dispatched by then (Naver shippingDueDate; Coupang
	// estimatedShippingDate, a date, taken as its last second in KST; the earliest of the box's
	// items). Zero when the marketplace gave none.
	ShipBy time.Time `json:"shipBy,omitzero"`

	OrdererName string   `json:"ordererName,omitempty"`
	Receiver    Receiver `json:"receiver"`
	// PreviousReceiver is the receiver as first stored, kept when the receiver changed since.
	PreviousReceiver *Receiver `json:"previousReceiver,omitempty"`
	// Hope is the day the buyer wants the goods to arrive (Naver 희망일배송), nil for none.
	Hope *HopeDelivery `json:"hope,omitempty"`
	// PreviousHope is the hope as first stored, kept when its day or hour changed since.
	PreviousHope *HopeDelivery `json:"previousHope,omitempty"`

	Lines       []Line `json:"lines"`
	ShippingFee int64  `json:"shippingFee"`

	// Courier and TrackingNumber are set once dispatched (or typed in before dispatch).
	Courier        string `json:"courier,omitempty"`
	TrackingNumber string `json:"trackingNumber,omitempty"`

	// Claim is the cancel/return/exchange on this shipment, if any.
	Claim *Claim `json:"claim,omitempty"`
	// Events are changes the marketplace reported that the checks care about
	// (e.g. Naver DELIVERY_ADDRESS_CHANGED, EXCHANGE_OPTION).
	Events []Event `json:"events,omitempty"`

	// NoCombine is the seller's "합포장 금지" flag.
	NoCombine bool `json:"noCombine,omitempty"`
	// Printed is what the seller printed of this box (nil before any print).
	Printed *Printed `json:"printed,omitempty"`
	// WriteProblem is the last write to the marketplace that failed or whose outcome is not known,
	// until it is settled (see WriteProblem).
	WriteProblem *WriteProblem `json:"writeProblem,omitempty"`

	Findings []Finding `json:"findings,omitempty"`

	// FirstSeenAt and UpdatedAt are SellerDesk's own times: first stored, last stored.
	FirstSeenAt time.Time `json:"firstSeenAt"`
	UpdatedAt   time.Time `json:"updatedAt"`

	// Box is this box's place among the boxes of its order, as the store knows them when it reads
	// the shipment (zero when not known); not stored. Name uses it.
	Box BoxNo `json:"-"`

	// PersonalMaskedAt is when the buyer's personal data (names, phones, address, delivery
	// message) was masked because the box was settled longer than the seller keeps it; nil while
	// it is kept.
	PersonalMaskedAt *time.Time `json:"personalMaskedAt,omitempty"`
}

// BoxNo is a box's place among the boxes of its order: No of Of, the boxes counted in the order of
// their marketplace ids. Zero when not known.
type BoxNo struct {
	No int `json:"no"`
	Of int `json:"of"`
}

// BoxName is how every screen and document names a box: the marketplace, its order number (the
// number the seller centre shows) and the receiver — "네이버 2026112210001 김민우" — and, when
// the order has several boxes, which one: "쿠팡 30000012345 김민우 (박스 2/3)". The marketplace's
// own box id (shipmentBoxId, productOrderId) stands in for a missing order number.
func BoxName(m Marketplace, orderID, boxID, receiver string, box BoxNo) string {
	ref := orderID
	if ref == "" {
		ref = boxID
	}
	name := strings.TrimSpace(m.Label() + " " + ref + " " + strings.TrimSpace(receiver))
	if l := box.Label(); l != "" {
		name += " (" + l + ")"
	}
	return name
}

// Label says which box of its order this is, "박스 2/3", or "" when the order has one box.
func (b BoxNo) Label() string {
	if b.Of > 1 && b.No > 0 {
		return fmt.Sprintf("박스 %d/%d", b.No, b.Of)
	}
	return ""
}

// Name is the box's name on every screen and document (BoxName).
func (s *Shipment) Name() string {
	return BoxName(s.Marketplace, s.OrderID, s.ID, s.Receiver.Name, s.Box)
}

// PersonalDataMasked reports whether the buyer's personal data of this box was masked.
func (s *Shipment) PersonalDataMasked() bool { return s.PersonalMaskedAt != nil }

// Key is the shipment's deterministic store key, e.g. "coupang/642538970006401429".
func (s *Shipment) Key() string { return ShipmentKey(s.Marketplace, s.ID) }

// ShipmentKey builds the deterministic key of a shipment.
func ShipmentKey(m Marketplace, id string) string { return string(m) + "/" + id }

// SplitKey is the inverse of ShipmentKey.
func SplitKey(key string) (Marketplace, string, error) {
	m, id, ok := strings.Cut(key, "/")
	if !ok || id == "" || !Marketplace(m).Valid() {
		return "", "", fmt.Errorf("order: malformed shipment key %q", key)
	}
	return Marketplace(m), id, nil
}

// KeyError names a malformed shipment key among a selection.
type KeyError struct {
	Key string
	Err error
}

func (e *KeyError) Error() string { return e.Err.Error() }
func (e *KeyError) Unwrap() error { return e.Err }

// CleanKeys trims a selection of shipment keys, checks each (a *KeyError names the first
// malformed one) and drops repeats, keeping the order.
func CleanKeys(keys []string) ([]string, error) {
	seen := make(map[string]bool, len(keys))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		k = strings.TrimSpace(k)
		if _, _, err := SplitKey(k); err != nil {
			return nil, &KeyError{Key: k, Err: err}
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out, nil
}

// UnitsToShip is the number of physical units that go into the box, over all lines.
func (s *Shipment) UnitsToShip() int {
	n := 0
	for i := range s.Lines {
		n += s.Lines[i].UnitsToShip()
	}
	return n
}

// Blocked reports whether an unresolved blocking finding keeps this shipment out of print and
// dispatch.
func (s *Shipment) Blocked() bool {
	for i := range s.Findings {
		if s.Findings[i].Blocking() {
			return true
		}
	}
	return false
}

// Held reports whether the box is 보류 (held): it can still ship (신규주문 or 발주확인) and an open
// blocking finding keeps it out of print and dispatch. This is the one definition of "held": the
// board's counter and its 보류만 filter, 알림, the lists' 보류 and the export all ask here. A box that
// has left (발송처리, 배송중, 배송완료), was cancelled or returned is never held, whatever findings it
// still carries (a return request on a delivered box is shown, not held).
func (s *Shipment) Held() bool { return s.Status.ToShip() && s.Blocked() }

// TrackingNumbers are the numbers of the parcels the box's goods travel with: its own and, for an
// exchange, the re-delivery's.
func (s *Shipment) TrackingNumbers() []string {
	var out []string
	if s.TrackingNumber != "" {
		out = append(out, s.TrackingNumber)
	}
	if s.Claim != nil {
		if n := s.Claim.RedeliveryNumber; n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
		for _, inv := range s.Claim.RedeliveryInvoices {
			if inv.Number != "" && !slices.Contains(out, inv.Number) {
				out = append(out, inv.Number)
			}
		}
	}
	return out
}

// CarriesNumber reports whether number is one of the box's parcels' (TrackingNumbers).
func (s *Shipment) CarriesNumber(number string) bool {
	return number != "" && slices.Contains(s.TrackingNumbers(), number)
}

// Validate reports the first thing that makes s unusable as a stored shipment.
func (s *Shipment) Validate() error {
	switch {
	case !s.Marketplace.Valid():
		return fmt.Errorf("order: shipment %q: unknown marketplace %q", s.ID, s.Marketplace)
	case s.ID == "" || strings.Contains(s.ID, "/"):
		return fmt.Errorf("order: shipment has an invalid id %q", s.ID)
	case !s.Status.Valid():
		return fmt.Errorf("order: shipment %s: unknown status %q", s.Key(), s.Status)
	}
	for i := range s.Lines {
		if err := s.Lines[i].Validate(); err != nil {
			return fmt.Errorf("order: shipment %s line %d: %w", s.Key(), i, err)
		}
	}
	return nil
}

// Line is one product × option × quantity inside a box.
type Line struct {
	// ItemID is the marketplace's id of the sold item (Coupang vendorItemId, Naver productId+option).
	ItemID    string `json:"itemId"`
	ProductID string `json:"productId,omitempty"`
	// ProductName and OptionName are what the seller registered
	// (Coupang sellerProductName / sellerProductItemName, Naver productName / productOption).
	ProductName string `json:"productName"`
	OptionName  string `json:"optionName,omitempty"`
	// ExposedName is the name the buyer saw when it differs in source from the registered one
	// (Coupang vendorItemName). Empty when the marketplace has no such name.
	ExposedName string `json:"exposedName,omitempty"`
	// FirstOptionName is the option as first ordered (Coupang firstSellerProductItemName).
	FirstOptionName string `json:"firstOptionName,omitempty"`
	// SellerCode is the seller's own code (Coupang externalVendorSkuCode, Naver sellerProductCode /
	// optionManageCode), the key for matching the same goods across marketplaces.
	SellerCode string `json:"sellerCode,omitempty"`

	// Quantity is what was ordered (Coupang shippingCount, Naver quantity).
	Quantity int `json:"quantity"`
	// CanceledQty and HeldQty reduce what may ship (Coupang cancelCount, holdCountForCancel).
	CanceledQty int `json:"canceledQty,omitempty"`
	HeldQty     int `json:"heldQty,omitempty"`
	// BundleSize is what Quantity is multiplied by to count units: the size of a
	// marketplace-generated bundle option when the marketplace counted the order in bundles
	// (Coupang's form before 2024-04-12); 0 or 1 when there is no bundle or the quantity is already
	// in the seller's units. Bundle says which and why.
	BundleSize int `json:"bundleSize,omitempty"`
	// Bundle is the marketplace-generated bundle option the line was sold as, nil for none.
	Bundle *Bundle `json:"bundle,omitempty"`

	UnitPrice  int64 `json:"unitPrice"`  // 원
	TotalPrice int64 `json:"totalPrice"` // 원, what the buyer paid for the line
}

// BundleCount says in what unit a marketplace stated the quantity of a bundle line.
type BundleCount string

const (
	// CountedInBundles: Quantity counts bundles; units = Quantity × Size (Coupang before 2024-04-12).
	CountedInBundles BundleCount = "bundles"
	// CountedInUnits: Quantity already counts the seller's own option (Coupang since 2024-04-12,
	// "원천옵션 기준"); it is not multiplied again.
	CountedInUnits BundleCount = "units"
)

// BundleBasis is the evidence a BundleCount was decided on.
type BundleBasis string

const (
	// BundleByName: the exposed name equals the bundle's name (counted in bundles) or names the
	// seller's own option (counted in units).
	BundleByName BundleBasis = "name"
	// BundleByDate: the marketplace gave no bundle name; the order date decided (before or after
	// the documented change). The seller should confirm it.
	BundleByDate BundleBasis = "date"
)

// Bundle is a marketplace-generated bundle option (Coupang 자동생성옵션): Size of the seller's own
// option sold as one item.
type Bundle struct {
	ItemID string `json:"itemId,omitempty"` // Coupang upBundleVendorItemId
	Name   string `json:"name,omitempty"`   // Coupang upBundleVendorItemName
	Size   int    `json:"size"`             // Coupang upBundleSize
	// Counted is the unit the marketplace stated the line's Quantity in.
	Counted BundleCount `json:"counted"`
	Basis   BundleBasis `json:"basis"`
}

// ShippableQty is the ordered quantity less what was cancelled or is held for cancellation.
func (l *Line) ShippableQty() int {
	q := l.Quantity - l.CanceledQty - l.HeldQty
	if q < 0 {
		return 0
	}
	return q
}

// Multiplier is the number of units per ordered item (the bundle size, at least 1).
func (l *Line) Multiplier() int {
	if l.BundleSize > 1 {
		return l.BundleSize
	}
	return 1
}

// UnitsToShip is the number of physical units of this line that go into the box:
// (quantity − cancelled − held) × bundle size.
func (l *Line) UnitsToShip() int { return l.ShippableQty() * l.Multiplier() }

// DisplayName is the registered product and option name as one string.
func (l *Line) DisplayName() string {
	if l.OptionName == "" {
		return l.ProductName
	}
	return l.ProductName + " / " + l.OptionName
}

// MaxQuantity bounds every count of a line and the units it ships (2³¹−1): no box holds more,
// and a bigger number is a damaged or hostile answer — it would also overflow the 32-bit
// integers of spreadsheets and couriers' upload forms.
const MaxQuantity = 1<<31 - 1

// Validate reports an impossible line.
func (l *Line) Validate() error {
	switch {
	case l.Quantity < 0 || l.CanceledQty < 0 || l.HeldQty < 0 || l.BundleSize < 0:
		return fmt.Errorf("negative quantity (qty %d, cancelled %d, held %d, bundle %d)",
			l.Quantity, l.CanceledQty, l.HeldQty, l.BundleSize)
	case l.Quantity > MaxQuantity || l.CanceledQty > MaxQuantity || l.HeldQty > MaxQuantity || l.BundleSize > MaxQuantity ||
		l.Quantity > MaxQuantity/l.Multiplier():
		return fmt.Errorf("impossible quantity (qty %d, cancelled %d, held %d, bundle %d): more than %d units",
			l.Quantity, l.CanceledQty, l.HeldQty, l.BundleSize, MaxQuantity)
	case l.ProductName == "" && l.ExposedName == "":
		return fmt.Errorf("line %q has no product name", l.ItemID)
	case l.Bundle != nil && l.Bundle.Counted == CountedInUnits && l.BundleSize > 1:
		return fmt.Errorf("line %q: quantity already in units would be multiplied by %d again", l.ItemID, l.BundleSize)
	case l.Bundle != nil && l.Bundle.Counted == CountedInBundles && l.BundleSize != l.Bundle.Size:
		return fmt.Errorf("line %q: counted in bundles of %d but multiplied by %d", l.ItemID, l.Bundle.Size, l.BundleSize)
	}
	return nil
}

// Receiver is who the box goes to.
type Receiver struct {
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Phone2   string `json:"phone2,omitempty"`
	Zip      string `json:"zip"`
	Address1 string `json:"address1"`
	Address2 string `json:"address2,omitempty"`
	// Message is the buyer's delivery request (배송메시지).
	Message string `json:"message,omitempty"`
}

// Address is the full one-line address.
func (r Receiver) Address() string {
	return strings.TrimSpace(r.Address1 + " " + r.Address2)
}

// SameDestination reports whether two receivers send the box to the same person and place,
// ignoring differences of spacing, case and phone punctuation. The delivery message is not part
// of the destination.
func (r Receiver) SameDestination(o Receiver) bool {
	return r.DestinationKey() == o.DestinationKey()
}

// DestinationKey is a normalised key of name + phone + zip + address: equal keys mean one
// destination (the base of 합포장 grouping and of address-change detection). Unicode
// composition, full-width characters, case, spacing and punctuation do not matter, nor does a
// phone written in international form (+82 10-… is 010-…).
func (r Receiver) DestinationKey() string {
	return strings.Join([]string{
		squash(r.Name), PhoneDigits(r.Phone), squash(r.Zip), squash(r.Address1 + r.Address2),
	}, "|")
}

// PhoneDigits reduces a phone number to its digits in domestic form: "+82 10-1234-5678",
// "010.1234.5678" and "01012345678" are all "01012345678". Masking stars are kept.
func PhoneDigits(s string) string {
	d := digits(width.Fold.String(s))
	if strings.HasPrefix(d, "82") && (strings.HasPrefix(strings.TrimSpace(s), "+") || strings.HasPrefix(strings.TrimSpace(s), "82")) && len(d) >= 10 {
		d = strings.TrimPrefix(d[2:], "0") // +82 (0)10 … → 010 …
		d = "0" + d
	}
	return d
}

func squash(s string) string {
	s = width.Fold.String(norm.NFC.String(s))
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch c {
		case ' ', '\t', '\n', '\r', ',', '.', '-', '(', ')', '\u3000':
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func digits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if (c >= '0' && c <= '9') || c == '*' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// ClaimType is the kind of claim the buyer or the marketplace opened.
type ClaimType string

const (
	ClaimCancel   ClaimType = "CANCEL"
	ClaimReturn   ClaimType = "RETURN"
	ClaimExchange ClaimType = "EXCHANGE"
)

// Label is the claim type in Korean.
func (c ClaimType) Label() string {
	switch c {
	case ClaimCancel:
		return "취소"
	case ClaimReturn:
		return "반품"
	case ClaimExchange:
		return "교환"
	}
	return string(c)
}

// Claim is a cancel/return/exchange on a shipment.
type Claim struct {
	Type ClaimType `json:"type"`
	// ID is the marketplace's id of the claim (Coupang receiptId), when it has one.
	ID string `json:"id,omitempty"`
	// MarketStatus is the marketplace's claim status, verbatim (e.g. "CANCEL_REQUEST", "RU").
	MarketStatus string    `json:"marketStatus"`
	RequestedAt  time.Time `json:"requestedAt"`
	Reason       string    `json:"reason,omitempty"`
	// Open is true while the claim is requested or in progress, false once done or rejected.
	Open bool `json:"open"`
	// Withdrawn: the claim ended without being carried out (the buyer withdrew it, or the seller
	// rejected it); nothing was cancelled, returned or exchanged.
	Withdrawn bool `json:"withdrawn,omitempty"`
	// Stage is the marketplace's finer state where MarketStatus is coarser, verbatim (Coupang
	// receiptStatus: RETURNS_UNCHECKED and VENDOR_WAREHOUSE_CONFIRM are both "UC").
	Stage string `json:"stage,omitempty"`
	// Quantity is how many units the claim covers as the marketplace counts them (Coupang
	// cancelCountSum of the receipt, Naver requestQuantity); 0 when it does not say.
	Quantity int `json:"quantity,omitempty"`
	// StopRequested: the buyer asked the seller not to ship the box (Coupang 출고중지 요청) and the
	// seller has not answered yet (출고중지완료 or 이미출고).
	StopRequested bool `json:"stopRequested,omitempty"`
	// HeldBack: the seller put the claim on hold at the marketplace (Naver 보류, holdbackStatus
	// HOLDBACK).
	HeldBack bool `json:"heldBack,omitempty"`
	// RedeliveryCourier and RedeliveryNumber are the parcel an exchange's goods were re-delivered
	// with, the courier as the marketplace codes it (Naver reDeliveryCompany and
	// reDeliveryTrackingNumber; Coupang the invoice of the exchange's re-delivery box).
	RedeliveryCourier string `json:"redeliveryCourier,omitempty"`
	RedeliveryNumber  string `json:"redeliveryNumber,omitempty"`
	// RedeliveryBoxes are the boxes the marketplace made for an exchange's re-delivery, whose
	// invoice the seller sends (Coupang deliveryInvoiceGroupDtos, made after 입고 확인).
	RedeliveryBoxes []string `json:"redeliveryBoxes,omitempty"`
	// RedeliveryInvoices are the invoices on those boxes, one per box that carries one (Coupang's
	// deliveryInvoiceDtos of each deliveryInvoiceGroupDto), in the boxes' order.
	RedeliveryInvoices []BoxInvoice `json:"redeliveryInvoices,omitempty"`
}

// BoxInvoice is the invoice of one re-delivery box of an exchange: the box, the courier as the
// marketplace codes it and the number.
type BoxInvoice struct {
	Box     string `json:"box"`
	Courier string `json:"courier"`
	Number  string `json:"number"`
}

// RedeliveryInvoice is the invoice on re-delivery box box, and whether it carries one.
func (c *Claim) RedeliveryInvoice(box string) (BoxInvoice, bool) {
	for _, inv := range c.RedeliveryInvoices {
		if inv.Box == box && inv.Number != "" {
			return inv, true
		}
	}
	return BoxInvoice{}, false
}

// PendingRedeliveryBoxes are the re-delivery boxes that carry no invoice yet. A claim that knows
// only one invoice without its box (stored before boxes had their own) has none pending.
func (c *Claim) PendingRedeliveryBoxes() []string {
	if len(c.RedeliveryInvoices) == 0 && c.RedeliveryNumber != "" {
		return nil
	}
	var out []string
	for _, b := range c.RedeliveryBoxes {
		if _, ok := c.RedeliveryInvoice(b); !ok {
			out = append(out, b)
		}
	}
	return out
}

// EventKind names a marketplace-reported change the checks use.
type EventKind string

const (
	EventAddressChanged EventKind = "ADDRESS_CHANGED" // Naver DELIVERY_ADDRESS_CHANGED / isReceiverAddressChanged
	EventOptionChanged  EventKind = "OPTION_CHANGED"  // Naver EXCHANGE_OPTION
	EventClaim          EventKind = "CLAIM"           // a claim was requested or changed
	EventHopeChanged    EventKind = "HOPE_CHANGED"    // Naver HOPE_DELIVERY_INFO_CHANGED
)

// Event is one marketplace-reported change, with the marketplace's own wording kept.
type Event struct {
	Kind       EventKind `json:"kind"`
	MarketType string    `json:"marketType"` // e.g. "DELIVERY_ADDRESS_CHANGED"
	At         time.Time `json:"at"`
}
