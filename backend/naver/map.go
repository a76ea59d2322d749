package naver

import (
	"fmt"
	"sort"
	"time"

	"sellerdesk/backend/order"
)

// This file is the one place where Naver's wire types become SellerDesk's model.

// UnknownStatusError says a product order carries a productOrderStatus SellerDesk does not know.
type UnknownStatusError struct {
	ProductOrderID string
	Status         string
}

func (e *UnknownStatusError) Error() string {
	return fmt.Sprintf("naver: product order %s: unknown productOrderStatus %q", e.ProductOrderID, e.Status)
}

// MapStatus maps productOrderStatus + placeOrderStatus to the unified status.
func MapStatus(productOrderStatus, placeOrderStatus string) (order.Status, bool) {
	switch productOrderStatus {
	case "PAYMENT_WAITING":
		return order.StatusPending, true
	case "PAYED":
		if placeOrderStatus == "OK" {
			return order.StatusAcknowledged, true
		}
		return order.StatusPaid, true // NOT_YET, or CANCEL (발주 확인 해제)
	case "DELIVERING":
		return order.StatusDelivering, true
	case "DELIVERED":
		return order.StatusDelivered, true
	case "PURCHASE_DECIDED":
		return order.StatusDecided, true
	case "EXCHANGED":
		return order.StatusExchanged, true
	case "CANCELED", "CANCELED_BY_NOPAYMENT":
		return order.StatusCanceled, true
	case "RETURNED":
		return order.StatusReturned, true
	}
	return "", false
}

// openClaimStatuses are the claim statuses of a claim still requested or in progress.
var openClaimStatuses = map[string]bool{
	"CANCEL_REQUEST": true, "CANCELING": true,
	"RETURN_REQUEST": true, "EXCHANGE_REQUEST": true,
	"COLLECTING": true, "COLLECT_DONE": true, "EXCHANGE_REDELIVERING": true,
	"ADMIN_CANCELING":            true,
	"PURCHASE_DECISION_HOLDBACK": true, "PURCHASE_DECISION_REQUEST": true,
}

// HoldbackOn is the holdbackStatus of a claim the seller holds back (보류 중); RELEASED after 보류 해제.
const HoldbackOn = "HOLDBACK"

// ClaimOpen reports whether a Naver claimStatus means the claim is still open.
func ClaimOpen(claimStatus string) bool { return openClaimStatuses[claimStatus] }

// withdrawnClaimStatuses end a claim without doing it: Naver names the buyer's withdrawal (철회)
// and the seller's rejection alike ("CANCEL_REJECT 취소 철회", "RETURN_REJECT 반품 철회", …).
var withdrawnClaimStatuses = map[string]bool{
	"CANCEL_REJECT": true, "RETURN_REJECT": true, "EXCHANGE_REJECT": true, "ADMIN_CANCEL_REJECT": true,
}

// ClaimWithdrawn reports whether a Naver claimStatus means the claim was withdrawn or rejected:
// it is over and nothing was cancelled, returned or exchanged.
func ClaimWithdrawn(claimStatus string) bool { return withdrawnClaimStatuses[claimStatus] }

func mapClaimType(t string) (order.ClaimType, bool) {
	switch t {
	case "CANCEL", "ADMIN_CANCEL":
		return order.ClaimCancel, true
	case "RETURN":
		return order.ClaimReturn, true
	case "EXCHANGE":
		return order.ClaimExchange, true
	}
	return "", false
}

// mapClaim builds the shipment's claim. The current claim comes from currentClaim, else from
// productOrder.claimType/claimStatus (a deprecated top-level record of that kind only fills in
// the reason and the request date). Without a current claim the latest of completedClaims is
// shown, closed: a claim withdrawn by the buyer or rejected no longer holds the shipment.
func mapClaim(d *ProductOrderDetail) *order.Claim {
	kind, cd, current := d.latestClaim()
	if kind == "" {
		return endedClaim(d.LastCompletedClaim())
	}
	ct, ok := mapClaimType(kind)
	if !ok {
		return nil
	}
	c := &order.Claim{Type: ct}
	switch {
	case current && cd.ClaimStatus != "":
		c.MarketStatus = cd.ClaimStatus
	case d.ProductOrder.ClaimStatus != "":
		c.MarketStatus = d.ProductOrder.ClaimStatus
	case cd != nil:
		c.MarketStatus = cd.ClaimStatus
	}
	if cd != nil {
		c.RequestedAt = cd.ClaimRequestDate.Time
		c.Reason = cd.Reason()
		c.Quantity = cd.RequestQuantity
		c.HeldBack = cd.HoldbackStatus == HoldbackOn
		c.RedeliveryCourier, c.RedeliveryNumber = cd.ReDeliveryCompany, cd.ReDeliveryTrackingNumber
	}
	if c.MarketStatus == "" {
		return endedClaim(d.LastCompletedClaim())
	}
	c.Open, c.Withdrawn = ClaimOpen(c.MarketStatus), ClaimWithdrawn(c.MarketStatus)
	return c
}

// endedClaim is a completed claim as the shipment's (closed) claim.
func endedClaim(cc *CompletedClaim) *order.Claim {
	if cc == nil {
		return nil
	}
	ct, ok := mapClaimType(cc.ClaimType)
	if !ok || cc.ClaimStatus == "" {
		return nil
	}
	return &order.Claim{Type: ct, MarketStatus: cc.ClaimStatus, RequestedAt: cc.ClaimRequestDate.Time, Reason: cc.Reason(),
		Withdrawn: ClaimWithdrawn(cc.ClaimStatus)}
}

// eventKinds maps the feed's lastChangedType to the events the checks use.
var eventKinds = map[string]order.EventKind{
	"DELIVERY_ADDRESS_CHANGED": order.EventAddressChanged,
	"EXCHANGE_OPTION":          order.EventOptionChanged,
	"CLAIM_REQUESTED":          order.EventClaim,
	"CLAIM_REJECTED":           order.EventClaim,
	"CLAIM_COMPLETED":          order.EventClaim,
	"COLLECT_DONE":             order.EventClaim,
	"CLAIM_REDELIVERING":       order.EventClaim,
	HopeChangedType:            order.EventHopeChanged,
}

// EventsFromFeed turns one feed row into the shipment events it implies.
func EventsFromFeed(row LastChangedStatus) []order.Event {
	var evs []order.Event
	at := row.LastChangedDate.Time
	if k, ok := eventKinds[row.LastChangedType]; ok {
		evs = append(evs, order.Event{Kind: k, MarketType: row.LastChangedType, At: at})
	}
	if row.ReceiverAddressChanged && row.LastChangedType != "DELIVERY_ADDRESS_CHANGED" {
		evs = append(evs, order.Event{Kind: order.EventAddressChanged, MarketType: "receiverAddressChanged", At: at})
	}
	return evs
}

// ToShipment maps one product order (and, when known, its feed row) into a shipment. Naver's unit
// of fulfilment is the product order, so one product order is one shipment with one line; product
// orders Naver bundles share PackageNumber.
func ToShipment(d *ProductOrderDetail, feed *LastChangedStatus) (order.Shipment, error) {
	po := &d.ProductOrder
	id := string(po.ProductOrderID)
	if id == "" {
		return order.Shipment{}, fmt.Errorf("naver: map product order: no productOrderId")
	}
	status, ok := MapStatus(po.ProductOrderStatus, po.PlaceOrderStatus)
	if !ok {
		return order.Shipment{}, &UnknownStatusError{ProductOrderID: id, Status: po.ProductOrderStatus}
	}
	market := po.ProductOrderStatus
	if po.PlaceOrderStatus != "" {
		market += "/" + po.PlaceOrderStatus
	}
	s := order.Shipment{
		Marketplace:    order.Naver,
		ID:             id,
		OrderID:        string(d.Order.OrderID),
		PackageNumber:  string(po.PackageNumber),
		Status:         status,
		MarketStatus:   market,
		OrderedAt:      d.Order.OrderDate.Time,
		PaidAt:         d.Order.PaymentDate.Time,
		AcknowledgedAt: po.PlaceOrderDate.Time,
		OrdererName:    d.Order.OrdererName,
		ShippingFee:    paidShipping(po),
		Claim:          mapClaim(d),
		// productOrder.shippingDueDate: "발송 기한" (seller-get-product-orders-pay-order-seller).
		ShipBy: po.ShippingDueDate.Time,
		Hope:   mapHope(po),
	}
	if po.PlaceOrderStatus != "OK" && (status == order.StatusPaid || status == order.StatusPending) {
		s.AcknowledgedAt = time.Time{} // 발주 확인 해제 keeps an old placeOrderDate
	}
	if a := po.ShippingAddress; a != nil {
		s.Receiver = order.Receiver{Name: a.Name, Phone: a.Tel1, Phone2: a.Tel2, Zip: a.ZipCode,
			Address1: a.BaseAddress, Address2: a.DetailedAddress}
	}
	s.Receiver.Message = po.ShippingMemo

	sellerCode := po.OptionManageCode
	if sellerCode == "" {
		sellerCode = po.SellerProductCode
	}
	itemID := string(po.ProductID)
	if po.OptionCode != "" {
		itemID += ":" + string(po.OptionCode)
	}
	s.Lines = []order.Line{{
		ItemID:      itemID,
		ProductID:   string(po.ProductID),
		ProductName: po.ProductName,
		OptionName:  po.ProductOption,
		SellerCode:  sellerCode,
		Quantity:    po.Quantity,
		UnitPrice:   int64(po.UnitPrice) + int64(po.OptionPrice),
		TotalPrice:  linePaid(po),
	}}
	if dl := d.Delivery; dl != nil {
		s.Courier, s.TrackingNumber = dl.DeliveryCompany, dl.TrackingNumber
	}
	if feed != nil {
		s.ChangedAt = feed.LastChangedDate.Time
		s.Events = EventsFromFeed(*feed)
	}
	if err := s.Validate(); err != nil {
		return order.Shipment{}, fmt.Errorf("naver: map product order %s: %w", id, err)
	}
	return s, nil
}

// paidShipping is the shipping the buyer paid with this product order: the delivery fee less its
// discount.
func paidShipping(po *ProductOrder) int64 {
	return max(0, int64(po.DeliveryFeeAmount)-int64(po.DeliveryDiscount))
}

// linePaid is what the buyer paid for the product itself. Naver's totalPaymentAmount is the whole
// payment of the product order, shipping included (17,500원 of goods and 4,000원 of shipping pay
// 21,500원), so the shipping is taken out: the line and the box's shipping are shown side by side
// and added up once (issue 12 point 10: "18,800원 / 배송비 3,000원 · 합계 21,800원").
func linePaid(po *ProductOrder) int64 {
	paid, ship := int64(po.TotalPaymentAmount), paidShipping(po)
	if paid >= ship {
		return paid - ship
	}
	return paid
}

// ToOrders maps product orders into orders grouped by orderId (sorted by order id, shipments by
// product order id). feed may be nil; rows are looked up by productOrderId.
func ToOrders(details []ProductOrderDetail, feed map[string]LastChangedStatus) ([]order.Order, error) {
	byID := map[string]*order.Order{}
	for i := range details {
		var row *LastChangedStatus
		if r, ok := feed[details[i].ID()]; ok {
			row = &r
		}
		s, err := ToShipment(&details[i], row)
		if err != nil {
			return nil, err
		}
		o := byID[s.OrderID]
		if o == nil {
			o = &order.Order{Marketplace: order.Naver, ID: s.OrderID, OrderedAt: s.OrderedAt, PaidAt: s.PaidAt, OrdererName: s.OrdererName}
			byID[s.OrderID] = o
		}
		o.Shipments = append(o.Shipments, s)
	}
	out := make([]order.Order, 0, len(byID))
	for _, o := range byID {
		sort.Slice(o.Shipments, func(i, j int) bool { return o.Shipments[i].ID < o.Shipments[j].ID })
		out = append(out, *o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
