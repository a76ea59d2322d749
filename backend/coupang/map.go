package coupang

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// This file is the one place where Coupang wire types become SellerDesk's model.

// MapStatus maps an order-sheet status to the unified status. NONE_TRACKING (업체 직접 배송,
// 추적불가) never reaches FINAL_DELIVERY and Coupang closes it by itself after 7 days, so nothing is
// left for the seller to do: it is treated as delivered (MarketStatus keeps "NONE_TRACKING" so the
// UI can say "업체직송(추적불가)").
func MapStatus(s string) (order.Status, error) {
	switch s {
	case StatusAccept:
		return order.StatusPaid, nil
	case StatusInstruct:
		return order.StatusAcknowledged, nil
	case StatusDeparture:
		return order.StatusShipped, nil
	case StatusDelivering:
		return order.StatusDelivering, nil
	case StatusFinalDelivery, StatusNoneTracking:
		return order.StatusDelivered, nil
	}
	return "", fmt.Errorf("coupang: unknown order-sheet status %q", s)
}

// ToShipment maps one order sheet to a shipment (one box). A box whose every item is fully
// cancelled is StatusCanceled (ACCEPT/INSTRUCT) or StatusReturned (after dispatch). The result passes
// order.Shipment.Validate, or an error says why the sheet cannot be stored.
func ToShipment(s OrderSheet) (order.Shipment, error) {
	if s.ShipmentBoxID <= 0 {
		return order.Shipment{}, fmt.Errorf("coupang: order sheet without shipmentBoxId")
	}
	st, err := MapStatus(s.Status)
	if err != nil {
		return order.Shipment{}, fmt.Errorf("coupang: box %d: %w", s.ShipmentBoxID, err)
	}
	sh := order.Shipment{
		Marketplace:  order.Coupang,
		ID:           strconv.FormatInt(int64(s.ShipmentBoxID), 10),
		OrderID:      strconv.FormatInt(int64(s.OrderID), 10),
		Status:       st,
		MarketStatus: s.Status,
		OrderedAt:    s.OrderedAt.Time,
		PaidAt:       s.PaidAt.Time,
		OrdererName:  s.Orderer.Name,
		Receiver: order.Receiver{
			Name:     s.Receiver.Name,
			Phone:    s.Receiver.SafeNumber,
			Phone2:   s.Receiver.ReceiverNumber,
			Zip:      s.Receiver.PostCode,
			Address1: s.Receiver.Addr1,
			Address2: s.Receiver.Addr2,
			Message:  s.ParcelPrintMessage,
		},
		ShippingFee:    int64(s.ShippingPrice) + int64(s.RemotePrice),
		Courier:        s.DeliveryCompanyName,
		TrackingNumber: s.InvoiceNumber,
	}
	if s.OrderID == 0 {
		sh.OrderID = ""
	}
	allCanceled := len(s.OrderItems) > 0
	for _, it := range s.OrderItems {
		sh.Lines = append(sh.Lines, toLine(it, s.OrderedAt.Time))
		if due := shipBy(it.EstimatedShippingDate.Time); !due.IsZero() && (sh.ShipBy.IsZero() || due.Before(sh.ShipBy)) {
			sh.ShipBy = due
		}
		if !(it.Canceled || (it.ShippingCount > 0 && it.CancelCount >= it.ShippingCount)) {
			allCanceled = false
		}
	}
	if allCanceled {
		sh.Status = order.StatusCanceled
		if st != order.StatusPaid && st != order.StatusAcknowledged {
			sh.Status = order.StatusReturned // it had left the seller: a return, not a cancel
		}
	}
	if err := sh.Validate(); err != nil {
		return order.Shipment{}, fmt.Errorf("coupang: box %d: %w", s.ShipmentBoxID, err)
	}
	return sh, nil
}

// shipBy is the 발송기한 of an item's estimatedShippingDate ("yyyy-mm-dd", 주문시 출고예정일): a date,
// so the box must leave by the end of that KST day.
func shipBy(date time.Time) time.Time {
	if date.IsZero() {
		return time.Time{}
	}
	y, m, d := date.In(order.KST()).Date()
	return time.Date(y, m, d, 23, 59, 59, 0, order.KST())
}

func toLine(it OrderItem, orderedAt time.Time) order.Line {
	l := order.Line{
		ItemID:          strconv.FormatInt(int64(it.VendorItemID), 10),
		ProductName:     it.SellerProductName,
		OptionName:      it.SellerProductItemName,
		ExposedName:     it.VendorItemName,
		FirstOptionName: it.FirstSellerProductItemName,
		SellerCode:      it.ExternalVendorSkuCode,
		Quantity:        it.ShippingCount,
		CanceledQty:     it.CancelCount,
		HeldQty:         it.HoldCountForCancel,
		UnitPrice:       int64(it.SalesPrice),
		TotalPrice:      int64(it.OrderPrice),
	}
	if it.SellerProductID > 0 {
		l.ProductID = strconv.FormatInt(int64(it.SellerProductID), 10)
	}
	if b := bundleOf(it, orderedAt); b != nil {
		l.Bundle = b
		if b.Counted == order.CountedInBundles {
			l.BundleSize = b.Size
		}
	}
	return l
}

// BundleUnitsSince is when Coupang began stating auto-generated bundle orders in the seller's
// original-option units (article 30049331688089: 2024-04-12 17:00 KST).
func BundleUnitsSince() time.Time { return time.Date(2024, 4, 12, 17, 0, 0, 0, order.KST()) }

// bundleOf decides, item by item, in what unit Coupang stated shippingCount of an auto-generated
// bundle option (자동생성옵션). Since 2024-04-12 the order-sheet reads give the names and the count
// of the seller's original option, with the bundle beside them in upBundleVendorItemName; before,
// vendorItemName was the bundle's own name and shippingCount counted bundles (the 2024-04-08 order
// of the seed). So: vendorItemName equal to the bundle's name means bundles, a different name
// means units. Without a bundle name the order date decides, and the seller is asked to confirm.
// Never both: a count in units is never multiplied again.
func bundleOf(it OrderItem, orderedAt time.Time) *order.Bundle {
	if !it.UpBundleItem || it.UpBundleSize <= 1 {
		return nil
	}
	b := &order.Bundle{Name: strings.TrimSpace(it.UpBundleVendorItemName), Size: it.UpBundleSize}
	if it.UpBundleVendorItemID > 0 {
		b.ItemID = strconv.FormatInt(int64(it.UpBundleVendorItemID), 10)
	}
	switch {
	case b.Name != "":
		b.Basis = order.BundleByName
		b.Counted = order.CountedInUnits
		if sameName(it.VendorItemName, b.Name) {
			b.Counted = order.CountedInBundles
		}
	default:
		b.Basis = order.BundleByDate
		b.Counted = order.CountedInUnits
		if !orderedAt.IsZero() && orderedAt.Before(BundleUnitsSince()) {
			b.Counted = order.CountedInBundles
		}
	}
	return b
}

// sameName compares two names as Coupang writes them, ignoring spacing only.
func sameName(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// ShortReturnStatus maps a receiptStatus to the short code the list is queried with
// (RU/UC/CC/PR); unknown values come back unchanged.
func ShortReturnStatus(receiptStatus string) string {
	switch receiptStatus {
	case ReceiptStopRequested:
		return ReturnStopRequested
	case ReceiptReturnReceived, ReceiptInWarehouse:
		return ReturnReceived
	case ReceiptCoupangCheck:
		return ReturnCoupangCheckReq
	case ReceiptCompleted:
		return ReturnCompleted
	}
	return receiptStatus
}

// BoxClaim is a claim on one shipment box, from one return/cancel receipt.
type BoxClaim struct {
	ShipmentKey string // order.ShipmentKey(order.Coupang, shipmentBoxId)
	ShipmentID  string
	OrderID     string
	ReceiptID   string
	// CancelCount is the quantity the receipt cancels or returns on this box.
	CancelCount int
	Claim       order.Claim
}

// Receipt statuses (receiptStatus) SellerDesk acts on.
const (
	ReceiptStopRequested  = "RELEASE_STOP_UNCHECKED"   // 출고중지요청
	ReceiptReturnReceived = "RETURNS_UNCHECKED"        // 반품접수 (not yet in the warehouse)
	ReceiptInWarehouse    = "VENDOR_WAREHOUSE_CONFIRM" // 입고완료 (the seller confirmed the goods came back)
	ReceiptCoupangCheck   = "REQUEST_COUPANG_CHECK"    // 쿠팡확인요청
	ReceiptCompleted      = "RETURNS_COMPLETED"        // 반품완료
)

// ReleaseNotShipped is the releaseStatus of a receipt's item whose goods have not left the seller.
const ReleaseNotShipped = "N"

// StopDone is the releaseStopStatus of a receipt whose goods were stopped before they left (출고중지
// done: the buyer's stop request answered, or the seller's own 판매 취소 at 상품준비중): nothing came
// back, so the receipt is a cancel, not a return, whatever its RETURN type says.
const StopDone = "처리(출고중지)"

// stopAnswered reports whether releaseStopStatus says the seller (or Coupang) answered the stop
// request already: 처리(이미출고), 처리(출고중지), 자동처리(이미출고).
func stopAnswered(releaseStopStatus string) bool {
	s := strings.TrimSpace(releaseStopStatus)
	return strings.HasPrefix(s, "처리") || strings.HasPrefix(s, "자동처리")
}

// ToClaims maps a return/cancel receipt to one claim per shipment box it touches.
//
// Type: receipts listed with cancelType=CANCEL (cancelled at 결제완료) or typed CANCEL are
// cancels; a release-stop request (RU, the buyer cancelled during 상품준비중) is a cancel too, as
// the box has not left, and so is a receipt whose stop was done (StopDone: a 출고중지 answered, or
// the seller's own 판매 취소 at 상품준비중); EXCHANGE receipts are exchanges; the rest are returns.
// MarketStatus is the short status (RU/UC/CC/PR) when known, else receiptStatus verbatim; Stage is
// receiptStatus verbatim; Quantity the receipt's cancelCountSum.
// Open: everything except completed returns and cancels made at 결제완료 (done at once).
// StopRequested: a stop request the seller has not answered, which the articles of 출고중지완료 and
// 이미출고 (360034320673, 360033793034) describe as RELEASE_STOP_UNCHECKED, or RETURNS_UNCHECKED with
// the box's items not released (releaseStatus "N").
func ToClaims(r ReturnRequest) []BoxClaim {
	short := ShortReturnStatus(r.ReceiptStatus)
	typ := order.ClaimReturn
	rt := strings.ToUpper(r.ReceiptType)
	switch {
	case r.CancelType == returnCancel || strings.Contains(rt, "CANCEL"):
		typ = order.ClaimCancel
	case strings.Contains(rt, "EXCHANGE"):
		typ = order.ClaimExchange
	case short == ReturnStopRequested, strings.TrimSpace(r.ReleaseStopStatus) == StopDone:
		typ = order.ClaimCancel
	}
	open := true
	switch {
	case short == ReturnCompleted:
		open = false
	case r.CancelType == returnCancel:
		open = !strings.Contains(strings.ToUpper(r.ReceiptStatus), "COMPLETE")
	}
	requested := r.CreatedAt.Time
	if requested.IsZero() {
		requested = r.ModifiedAt.Time
	}
	reason := strings.TrimSpace(r.CancelReason)
	if reason == "" {
		reason = strings.TrimSpace(strings.Join(nonEmpty(r.CancelReasonCategory1, r.CancelReasonCategory2), " / "))
	}
	claim := order.Claim{Type: typ, ID: strconv.FormatInt(int64(r.ReceiptID), 10), MarketStatus: short, RequestedAt: requested,
		Reason: reason, Open: open, Stage: r.ReceiptStatus, Quantity: r.CancelCountSum}
	stoppable := open && r.CancelType != returnCancel && !stopAnswered(r.ReleaseStopStatus) &&
		(r.ReceiptStatus == ReceiptStopRequested || r.ReceiptStatus == ReceiptReturnReceived)

	var out []BoxClaim
	index := map[Int64]int{}
	for _, it := range r.ReturnItems {
		if it.ShipmentBoxID <= 0 {
			continue
		}
		// a stop request waits for the seller while the box's goods have not left: every item
		// of a RETURNS_UNCHECKED receipt on this box not released
		unreleased := r.ReceiptStatus == ReceiptStopRequested || it.ReleaseStatus == ReleaseNotShipped
		if i, ok := index[it.ShipmentBoxID]; ok {
			out[i].CancelCount += it.CancelCount
			out[i].Claim.StopRequested = out[i].Claim.StopRequested && unreleased
			continue
		}
		id := strconv.FormatInt(int64(it.ShipmentBoxID), 10)
		index[it.ShipmentBoxID] = len(out)
		c := claim
		c.StopRequested = stoppable && unreleased
		out = append(out, BoxClaim{
			ShipmentKey: order.ShipmentKey(order.Coupang, id),
			ShipmentID:  id,
			OrderID:     strconv.FormatInt(int64(r.OrderID), 10),
			ReceiptID:   strconv.FormatInt(int64(r.ReceiptID), 10),
			CancelCount: it.CancelCount,
			Claim:       c,
		})
	}
	for i := range out {
		if out[i].Claim.StopRequested {
			out[i].Claim.Type = order.ClaimCancel // the buyer cancelled before the box left
		}
	}
	return out
}

// Claims is, per shipment key, the claim a box has now: of all the return/cancel receipts naming
// the box, the latest one (an open receipt wins a tie). The sync and the read-back after a write
// both decide a box's claim this way.
type Claims map[string]BoxClaim

// Add takes in the boxes of one receipt and returns the keys it names for the first time, in
// the receipt's order.
func (cs Claims) Add(r ReturnRequest) []string { return cs.put(ToClaims(r)) }

// AddExchange takes in the boxes of one exchange request (ToExchangeClaims) by the same rule: a
// box's claim is its latest receipt or exchange.
func (cs Claims) AddExchange(e Exchange) []string { return cs.put(ToExchangeClaims(e)) }

func (cs Claims) put(claims []BoxClaim) []string {
	var first []string
	for _, bc := range claims {
		old, seen := cs[bc.ShipmentKey]
		if !seen {
			first = append(first, bc.ShipmentKey)
		}
		if !seen || bc.Claim.RequestedAt.After(old.Claim.RequestedAt) ||
			(bc.Claim.RequestedAt.Equal(old.Claim.RequestedAt) && bc.Claim.Open && !old.Claim.Open) {
			cs[bc.ShipmentKey] = bc
		}
	}
	return first
}

// ClaimWithdrawn is the MarketStatus of a claim the buyer withdrew (반품철회): closed, the box
// ships again.
const ClaimWithdrawn = "WITHDRAWN"

// Withdraws reports whether a withdrawal takes back the claim stored on a box of its order: the
// same receipt, or a claim stored without a receipt id (before SellerDesk kept it) on a box of
// the same order.
func (w Withdrawal) Withdraws(orderID string, c *order.Claim) bool {
	if c == nil || !c.Open || orderID != strconv.FormatInt(int64(w.OrderID), 10) {
		return false
	}
	if c.Type == order.ClaimExchange && IsExchangeStatus(c.MarketStatus) {
		return false // an exchange request ends in its own list (CANCEL), not in the return withdrawals
	}
	return c.ID == "" || c.ID == strconv.FormatInt(int64(w.CancelID), 10)
}

// WithdrawnClaim is the claim a withdrawal leaves on a box: the same claim, closed.
func WithdrawnClaim(c order.Claim, w Withdrawal) order.Claim {
	c.Open = false
	c.MarketStatus = ClaimWithdrawn
	if c.ID == "" {
		c.ID = strconv.FormatInt(int64(w.CancelID), 10)
	}
	return c
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// KSTDate is t's calendar date in Korea, for the day-list parameters.
func KSTDate(t time.Time) time.Time { return kstDate(t) }
