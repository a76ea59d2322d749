package naversim

import (
	"errors"
	"fmt"
	"sellerdesk/backend/order"
	"strconv"
	"time"
)

// ErrNoProductOrder: the product order does not exist in the simulated store.
var ErrNoProductOrder = errors.New("naversim: no such product order")

// StateError: the product order is not in a state that allows the change.
type StateError struct {
	ProductOrderID, Status, ClaimStatus, Action string
}

func (e *StateError) Error() string {
	return fmt.Sprintf("naversim: cannot %s product order %s in %s/%s", e.Action, e.ProductOrderID, e.Status, e.ClaimStatus)
}

// OrderView is a snapshot of one product order, for tests and the demo.
type OrderView struct {
	OrderID, ProductOrderID, PackageNumber string
	Status, PlaceOrderStatus               string
	ClaimType, ClaimStatus                 string
	ProductName, Option                    string
	Quantity                               int
	Total                                  int64
	Receiver                               Address
	Courier, TrackingNumber                string
	// ExpectedDeliveryMethod is how Naver expects it delivered (NOTHING: 배송 없음); DeliveryMethod
	// how it was dispatched ("" before).
	ExpectedDeliveryMethod, DeliveryMethod string
	LastChangedType                        string
	LastChangedDate                        time.Time
	// ShipBy is the dispatch deadline (shippingDueDate); DelayReason the 발송지연's reason code.
	ShipBy      time.Time
	DelayReason string
	// Holdback is the claim's holdbackStatus ("", HOLDBACK, RELEASED).
	Holdback string
}

// AddOrders creates n new paid product orders (PAYED/NOT_YET), grouped into orders of one to three
// product orders (several share a packageNumber), all paid and changed at the same instant, and
// returns their productOrderIds in creation order.
func (s *Sim) AddOrders(n int) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addOrdersLocked(n, s.now())
}

// AddOrdersAt is AddOrders for product orders paid (and last changed) at a past moment of the
// store's clock, e.g. three days ago.
func (s *Sim) AddOrdersAt(n int, at time.Time) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addOrdersLocked(n, at.In(order.KST()).Truncate(time.Millisecond))
}

func (s *Sim) addOrdersLocked(n int, now time.Time) []string {
	ids := make([]string, 0, n)
	for len(ids) < n {
		size := min(1+s.rng.IntN(3)*s.rng.IntN(2), n-len(ids))
		orderID := strconv.FormatInt(s.nextOrder, 10)
		s.nextOrder++
		name := randomName(s.rng)
		receiver := randomAddress(s.rng, name)
		if s.rng.IntN(5) == 0 {
			receiver = randomAddress(s.rng, randomName(s.rng)) // a gift to someone else
		}
		memo := memos[s.rng.IntN(len(memos))]
		means := paymentMeans[s.rng.IntN(len(paymentMeans))]
		ordererTel := randomPhone(s.rng)
		orderedAt := now.Add(-time.Duration(1+s.rng.IntN(300)) * time.Second)
		pkg := strconv.FormatInt(s.nextPkg, 10)
		s.nextPkg++
		for i := 0; i < size; i++ {
			prod := catalog[s.rng.IntN(len(catalog))]
			p := &productOrder{
				orderID: orderID, id: strconv.FormatInt(s.nextPO, 10), packageNumber: pkg,
				orderDate: orderedAt, paymentDate: now, ordererName: name, ordererID: "sim****",
				ordererTel: ordererTel, paymentMeans: means, status: "PAYED", placeOrderStatus: "NOT_YET",
				product: prod, quantity: 1 + s.rng.IntN(3)*s.rng.IntN(2), ship: receiver, memo: memo,
			}
			s.nextPO++
			if len(prod.options) > 0 {
				o := prod.options[s.rng.IntN(len(prod.options))]
				p.option, p.optText = &o, o.name
			}
			if i == 0 && s.rng.IntN(3) == 0 {
				p.fee = 3000
			}
			p.touch(now, "PAYED")
			s.orders[p.id] = p
			s.byOrder[orderID] = append(s.byOrder[orderID], p.id)
			ids = append(ids, p.id)
		}
	}
	return ids
}

// DigitalOrder is a paid order of goods registered without delivery (배송 없음): a download or a
// licence code the seller delivers by mail. Naver sends it with expectedDeliveryMethod NOTHING,
// the buyer's Naver ID (ordererId) and no shipping address.
type DigitalOrder struct {
	ProductID, ProductName, SellerCode string
	// Option is the option text ("" for none); Quantity defaults to 1, Price to 9,900원.
	Option    string
	Quantity  int
	Price     int64
	OrdererID string
	// OrdererName defaults to a generated name.
	OrdererName string
}

// AddDigitalOrder creates a new paid product order (PAYED/NOT_YET) of a digital product and returns
// its productOrderId. It draws nothing from the store's random generator, so adding one does not
// change the other generated orders.
func (s *Sim) AddDigitalOrder(d DigitalOrder) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if d.Quantity <= 0 {
		d.Quantity = 1
	}
	if d.Price <= 0 {
		d.Price = 9900
	}
	if d.OrdererName == "" {
		n := int(s.nextPO)
		d.OrdererName = surnames[n%len(surnames)] + givenNames[(n/len(surnames))%len(givenNames)]
	}
	orderID := strconv.FormatInt(s.nextOrder, 10)
	s.nextOrder++
	pkg := strconv.FormatInt(s.nextPkg, 10)
	s.nextPkg++
	p := &productOrder{
		orderID: orderID, id: strconv.FormatInt(s.nextPO, 10), packageNumber: pkg,
		orderDate: now.Add(-30 * time.Second), paymentDate: now, ordererName: d.OrdererName, ordererID: d.OrdererID,
		ordererTel: "010-0000-0000", paymentMeans: "신용카드 간편결제", status: "PAYED", placeOrderStatus: "NOT_YET",
		product:  product{id: d.ProductID, name: d.ProductName, code: d.SellerCode, price: d.Price},
		quantity: d.Quantity, expected: methodNothing,
	}
	s.nextPO++
	if d.Option != "" {
		p.option = &option{name: d.Option, code: "9" + p.id[len(p.id)-4:], manageCode: d.SellerCode}
		p.optText = d.Option
	}
	p.touch(now, "PAYED")
	s.orders[p.id] = p
	s.byOrder[orderID] = append(s.byOrder[orderID], p.id)
	return p.id
}

// Seed fills the store with about n product orders paid over the past span, in a realistic mix
// of states: most new (PAYED/NOT_YET), some acknowledged, dispatched, delivered or decided, a few
// with a cancel request, a changed address or a changed option. Deterministic from the seed.
func (s *Sim) Seed(n int, span time.Duration) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	var ids []string
	for len(ids) < n {
		batch := min(1+s.rng.IntN(4), n-len(ids))
		paid := now.Add(-time.Duration(s.rng.Int64N(int64(span) + 1))).Truncate(time.Millisecond)
		for _, id := range s.addOrdersLocked(batch, paid) {
			s.ageLocked(s.orders[id], paid, now)
			ids = append(ids, id)
		}
	}
	return ids
}

var seedCouriers = []string{"CJGLS", "HYUNDAI", "HANJIN", "KGB", "EPOST"}

// ageLocked moves a seeded product order to a state that fits how long ago it was paid.
func (s *Sim) ageLocked(p *productOrder, paid, now time.Time) {
	at := func(d time.Duration) time.Time {
		t := paid.Add(d)
		if t.After(now) {
			return now
		}
		return t
	}
	age := now.Sub(paid)
	x := s.rng.IntN(100)
	switch {
	case x < 5:
		s.startClaim(p, at(time.Hour), "CANCEL", "CANCEL_REQUEST", "단순 변심")
		return
	case x < 10:
		p.ship, p.addressChanged = randomAddress(s.rng, p.ship.Name), true
		p.touch(at(2*time.Hour), "DELIVERY_ADDRESS_CHANGED")
		return
	case x < 13 && p.option != nil && len(p.product.options) > 1:
		o := p.product.options[s.rng.IntN(len(p.product.options))]
		p.option, p.optText = &o, o.name
		p.touch(at(90*time.Minute), "EXCHANGE_OPTION")
		return
	case x < 45 || age < 6*time.Hour:
		return // still new
	}
	p.placeOrderStatus, p.placeOrderDate = "OK", at(3*time.Hour)
	if x < 60 || age < 24*time.Hour {
		return
	}
	p.status, p.deliveryMethod = "DELIVERING", "DELIVERY"
	p.courier = seedCouriers[s.rng.IntN(len(seedCouriers))]
	p.tracking = fmt.Sprintf("%012d", s.rng.Int64N(1e12))
	p.sendDate = at(20 * time.Hour)
	p.touch(p.sendDate, "DISPATCHED")
	if x < 75 || age < 72*time.Hour {
		return
	}
	p.status, p.deliveredDate = "DELIVERED", at(50*time.Hour)
	if x < 85 || age < 9*24*time.Hour {
		return
	}
	p.status, p.decisionDate = "PURCHASE_DECIDED", at(8*24*time.Hour)
	p.touch(p.decisionDate, "PURCHASE_DECIDED")
}

// ProductOrderIDs lists every product order id, sorted.
func (s *Sim) ProductOrderIDs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return sortedIDs(s.orders)
}

// Order returns a snapshot of one product order.
func (s *Sim) Order(id string) (OrderView, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.orders[id]
	if !ok {
		return OrderView{}, false
	}
	return OrderView{OrderID: p.orderID, ProductOrderID: p.id, PackageNumber: p.packageNumber, Status: p.status,
		PlaceOrderStatus: p.placeOrderStatus, ClaimType: p.claimType, ClaimStatus: p.claimStatus,
		ProductName: p.product.name, Option: p.optText, Quantity: p.quantity, Total: p.total(), Receiver: p.ship,
		Courier: p.courier, TrackingNumber: p.tracking, ExpectedDeliveryMethod: p.expectedMethod(), DeliveryMethod: p.deliveryMethod,
		LastChangedType: p.lastChangedType, LastChangedDate: p.lastChangedDate, ShipBy: p.dispatchDue(), DelayReason: p.delayReason, Holdback: p.holdback}, true
}

// NewAddress draws a realistic address from the store's seeded generator.
func (s *Sim) NewAddress() Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	return randomAddress(s.rng, randomName(s.rng))
}

// change applies fn to a product order under the lock.
func (s *Sim) change(id, action string, allowed func(p *productOrder) bool, fn func(p *productOrder, now time.Time)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.orders[id]
	if !ok {
		return fmt.Errorf("naversim: %s %s: %w", action, id, ErrNoProductOrder)
	}
	if !allowed(p) {
		return &StateError{ProductOrderID: id, Status: p.status + "/" + p.placeOrderStatus, ClaimStatus: p.claimStatus, Action: action}
	}
	fn(p, s.now())
	return nil
}

// ChangeAddress is the buyer changing the delivery address before dispatch
// (feed: DELIVERY_ADDRESS_CHANGED, receiverAddressChanged=true).
func (s *Sim) ChangeAddress(id string, a Address) error {
	return s.change(id, "change address", func(p *productOrder) bool { return p.status == "PAYED" },
		func(p *productOrder, now time.Time) {
			p.ship, p.addressChanged = a, true
			p.touch(now, "DELIVERY_ADDRESS_CHANGED")
		})
}

// ChangeOption is the option being changed after payment (feed: EXCHANGE_OPTION).
func (s *Sim) ChangeOption(id, optionName string) error {
	return s.change(id, "change option", func(p *productOrder) bool { return p.status == "PAYED" && !p.openClaim() },
		func(p *productOrder, now time.Time) {
			o := optionName
			code := ""
			if p.option != nil {
				code = p.option.code
			}
			for _, known := range p.product.options {
				if known.name == optionName {
					code = known.code
				}
			}
			p.option = &option{name: o, code: code, manageCode: p.product.code + "-" + code}
			p.optText = o
			p.touch(now, "EXCHANGE_OPTION")
		})
}

func (s *Sim) startClaim(p *productOrder, now time.Time, kind, status, reason string) {
	p.claimType, p.claimStatus, p.claimReason, p.claimRequestDate = kind, status, reason, now
	p.claimID = "C" + p.id
	p.touch(now, "CLAIM_REQUESTED")
}

// RequestCancel is the buyer asking to cancel a paid product order (CANCEL_REQUEST).
func (s *Sim) RequestCancel(id, reason string) error {
	return s.change(id, "request cancel", func(p *productOrder) bool { return p.status == "PAYED" && !p.openClaim() },
		func(p *productOrder, now time.Time) { s.startClaim(p, now, "CANCEL", "CANCEL_REQUEST", reason) })
}

// endClaim closes the current claim with its final status; it joins completedClaims.
func (p *productOrder) endClaim(now time.Time, status, changeType string) {
	p.claimStatus = status
	p.completed = append(p.completed, endedClaim{kind: p.claimType, id: p.claimID, status: status,
		reason: p.claimReason, requested: p.claimRequestDate, ended: now})
	p.touch(now, changeType)
}

// CompleteCancel approves a cancel request (CANCELED / CANCEL_DONE).
func (s *Sim) CompleteCancel(id string) error {
	return s.change(id, "complete cancel", func(p *productOrder) bool { return p.claimStatus == "CANCEL_REQUEST" },
		func(p *productOrder, now time.Time) {
			p.status = "CANCELED"
			p.endClaim(now, "CANCEL_DONE", "CLAIM_COMPLETED")
		})
}

// RejectClaim is the seller rejecting the open claim: the claim ends as …_REJECT (feed:
// CLAIM_REJECTED) and the product order keeps its status.
func (s *Sim) RejectClaim(id string) error {
	return s.change(id, "reject claim", func(p *productOrder) bool { return p.openClaim() },
		func(p *productOrder, now time.Time) { p.endClaim(now, p.claimType+"_REJECT", "CLAIM_REJECTED") })
}

// WithdrawClaim is the buyer withdrawing the open claim (철회). Naver names it as a rejection:
// CANCEL_REJECT is "취소 철회", RETURN_REJECT "반품 철회", EXCHANGE_REJECT "교환 철회", and the
// feed says CLAIM_REJECTED ("클레임 철회").
func (s *Sim) WithdrawClaim(id string) error {
	return s.change(id, "withdraw claim", func(p *productOrder) bool { return p.openClaim() },
		func(p *productOrder, now time.Time) { p.endClaim(now, p.claimType+"_REJECT", "CLAIM_REJECTED") })
}

func delivered(p *productOrder) bool {
	return (p.status == "DELIVERING" || p.status == "DELIVERED") && !p.openClaim()
}

// RequestReturn is the buyer asking to return a delivered product order (RETURN_REQUEST).
func (s *Sim) RequestReturn(id, reason string) error {
	return s.change(id, "request return", delivered,
		func(p *productOrder, now time.Time) { s.startClaim(p, now, "RETURN", "RETURN_REQUEST", reason) })
}

// RequestExchange is the buyer asking to exchange a delivered product order (EXCHANGE_REQUEST).
func (s *Sim) RequestExchange(id, reason string) error {
	return s.change(id, "request exchange", delivered,
		func(p *productOrder, now time.Time) { s.startClaim(p, now, "EXCHANGE", "EXCHANGE_REQUEST", reason) })
}

// Advance moves a shipped product order one step: DELIVERING → DELIVERED (the feed row is not
// refreshed, as on the real Naver) → PURCHASE_DECIDED (feed: PURCHASE_DECIDED).
func (s *Sim) Advance(id string) error {
	return s.change(id, "advance", func(p *productOrder) bool {
		return (p.status == "DELIVERING" || p.status == "DELIVERED") && !p.openClaim()
	}, func(p *productOrder, now time.Time) {
		if p.status == "DELIVERING" {
			p.status, p.deliveredDate = "DELIVERED", now
			return
		}
		p.status, p.decisionDate = "PURCHASE_DECIDED", now
		p.touch(now, "PURCHASE_DECIDED")
	})
}
