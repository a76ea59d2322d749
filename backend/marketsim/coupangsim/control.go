package coupangsim

import (
	"fmt"
	"time"
)

// The methods below drive the simulated marketplace from tests and the demo. They stand for what
// buyers, couriers and Coupang itself do; the seller's side goes through the HTTP API.

func (s *Server) person() (string, string) {
	return surnames[s.rng.IntN(len(surnames))] + givenNames[s.rng.IntN(len(givenNames))],
		fmt.Sprintf("0502-%04d-%04d", 1000+s.rng.IntN(9000), s.rng.IntN(10000))
}

func (s *Server) receiver(name, phone string) Receiver {
	a := addresses[s.rng.IntN(len(addresses))]
	r := Receiver{Name: name, SafeNumber: phone, Addr1: a.addr1, Addr2: details[s.rng.IntN(len(details))], PostCode: a.zip}
	if s.rng.IntN(5) == 0 {
		r.ReceiverNumber = fmt.Sprintf("010-%04d-%04d", s.rng.IntN(10000), s.rng.IntN(10000))
	}
	return r
}

func (s *Server) pickItem() (*product, catalogItem) {
	p := &catalog[s.rng.IntN(len(catalog))]
	return p, p.Items[s.rng.IntN(len(p.Items))]
}

// newOrder creates one order paid at paidAt with one or (sometimes) two boxes, each in ACCEPT.
func (s *Server) newOrder(paidAt time.Time) []*box {
	name, phone := s.person()
	rcv := s.receiver(name, phone)
	s.nextOrder += 1 + int64(s.rng.IntN(50))
	orderID := s.nextOrder
	nBoxes := 1
	if s.rng.IntN(10) == 0 {
		nBoxes = 2
	}
	orderedAt := paidAt.Add(-time.Duration(5+s.rng.IntN(60)) * time.Second)
	msg := messages[s.rng.IntN(len(messages))]
	refer := refers[s.rng.IntN(len(refers))]
	var out []*box
	for range nBoxes {
		var items []*boxItem
		nItems := 1
		if s.rng.IntN(6) == 0 {
			nItems = 2
		}
		seen := map[int64]bool{}
		for range nItems {
			p, it := s.pickItem()
			if seen[it.VendorItemID] {
				continue
			}
			seen[it.VendorItemID] = true
			qty := 1
			if s.rng.IntN(4) == 0 {
				qty = 2 + s.rng.IntN(3)
			}
			items = append(items, &boxItem{catalogItem: it, Product: p, Count: qty})
		}
		out = append(out, s.addBox(orderID, orderedAt, paidAt, name, phone, rcv, msg, refer, items))
	}
	return out
}

func (s *Server) addBox(orderID int64, orderedAt, paidAt time.Time, name, phone string, rcv Receiver, msg, refer string, items []*boxItem) *box {
	s.nextBox += 1 + int64(s.rng.IntN(20))
	// The orderer's e-mail (empty at Coupang since 2024-08-06) took this draw: it is still drawn,
	// so a seed makes the same orders as before.
	_ = s.rng.IntN(100)
	b := &box{
		ID: s.nextBox, OrderID: orderID, OrderedAt: orderedAt, PaidAt: paidAt, Status: "ACCEPT",
		OrdererName: name, OrdererPhone: phone,
		Receiver: rcv, Message: msg, Refer: refer, Items: items,
	}
	free := true
	for _, it := range items {
		free = free && it.Free
	}
	if !free {
		b.ShippingPrice = 3000
	}
	if rcv.PostCode == "63122" {
		b.RemotePrice = 3000
	}
	s.boxes[b.ID] = b
	s.orders[orderID] = append(s.orders[orderID], b.ID)
	return b
}

func (s *Server) newInvoice(b *box, at time.Time) {
	codes := []string{"CJGLS", "HYUNDAI", "KGB", "HANJIN", "EPOST"}
	for {
		code := codes[s.rng.IntN(len(codes))]
		num := fmt.Sprintf("%d%011d", 5+s.rng.IntN(4), s.rng.Int64N(1e11))
		if _, dup := s.invoices[code+"/"+num]; dup {
			continue
		}
		s.invoices[code+"/"+num] = b.ID
		b.CourierCode, b.Invoice, b.InvoiceAt = code, num, at
		return
	}
}

// seed generates n orders over the last 14 days in every status, with cancels and returns.
func (s *Server) seed(n int) {
	now := s.cfg.Now()
	created := 0
	for created < n {
		age := time.Duration(s.rng.Int64N(int64(14 * 24 * time.Hour)))
		paid := now.Add(-age).Truncate(time.Second)
		for _, b := range s.newOrder(paid) {
			created++
			s.ageBox(b, age, paid)
		}
	}
}

// ageBox moves a generated box along the state machine according to its age, and gives some
// boxes cancels or returns.
func (s *Server) ageBox(b *box, age time.Duration, paid time.Time) {
	day := 24 * time.Hour
	switch {
	case age < 6*time.Hour:
		if s.rng.IntN(25) == 0 {
			s.cancelLocked(b, b.units(), paid.Add(age/2))
		}
		return
	case age < day:
		b.Status, b.AcknowledgeAt = "INSTRUCT", paid.Add(time.Hour)
		if s.rng.IntN(12) == 0 {
			s.cancelLocked(b, 1+s.rng.IntN(b.units()), paid.Add(2*time.Hour))
		}
		return
	}
	b.AcknowledgeAt = paid.Add(time.Hour)
	if s.rng.IntN(30) == 0 {
		b.CourierCode, b.Invoice, b.InvoiceAt = "DIRECT", fmt.Sprintf("직접배송-%d", b.ID%100000), paid.Add(20*time.Hour)
		b.Status = "NONE_TRACKING"
		return
	}
	s.newInvoice(b, paid.Add(20*time.Hour))
	b.Status = "DEPARTURE"
	if age < 2*day {
		return
	}
	b.Status, b.InTransitAt = "DELIVERING", paid.Add(30*time.Hour)
	if age < 3*day {
		return
	}
	b.Status, b.DeliveredAt = "FINAL_DELIVERY", paid.Add(50*time.Hour)
	if s.rng.IntN(25) == 0 {
		s.cancelLocked(b, 1, paid.Add(3*day))
	}
}

func (b *box) units() int {
	n := 0
	for _, it := range b.Items {
		n += it.Count - it.CancelCount - it.HoldCount
	}
	return n
}

// AddOrders adds n new paid orders (ACCEPT) at the simulator's now and returns the new box ids.
// They show in list calls after Config.ListDelay, in the single lookup at once.
func (s *Server) AddOrders(n int) []int64 {
	return s.AddOrdersPaidAgo(n, 0)
}

// AddOrdersPaidAgo adds n paid orders (ACCEPT) paid ago before the simulator's now (e.g. the
// night's orders waiting in the morning) and returns the new box ids.
func (s *Server) AddOrdersPaidAgo(n int, ago time.Duration) []int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	paid := s.cfg.Now().Add(-ago).Truncate(time.Second)
	var ids []int64
	for len(ids) < n {
		for _, b := range s.newOrder(paid) {
			ids = append(ids, b.ID)
		}
	}
	return ids
}

// AddOrderOf adds one paid order of qty × one vendor item of the catalog (e.g. 85872453655, the
// 5-pack cashew bundle; 83653589505, the lemon powder) and returns its box id.
func (s *Server) AddOrderOf(vendorItemID int64, qty int) (int64, error) {
	return s.AddBoxOf("", 0, ItemCount{VendorItemID: vendorItemID, Count: qty})
}

// ItemCount is one vendor item of the catalog and how many of it a box holds.
type ItemCount struct {
	VendorItemID int64
	Count        int
}

// AddBoxOf adds one order of one box holding the given vendor items of the catalog (each at most
// once) for receiver ("": a generated name), paid ago before the simulator's now, and returns its
// box id.
func (s *Server) AddBoxOf(receiver string, ago time.Duration, items ...ItemCount) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(items) == 0 {
		return 0, fmt.Errorf("coupangsim: a box of no items")
	}
	var its []*boxItem
	seen := map[int64]bool{}
	for _, ic := range items {
		if ic.Count < 1 {
			return 0, fmt.Errorf("coupangsim: quantity %d", ic.Count)
		}
		if seen[ic.VendorItemID] {
			return 0, fmt.Errorf("coupangsim: vendor item %d twice in one box", ic.VendorItemID)
		}
		seen[ic.VendorItemID] = true
		it := catalogItemOf(ic.VendorItemID)
		if it == nil {
			return 0, fmt.Errorf("coupangsim: vendor item %d is not in the catalog", ic.VendorItemID)
		}
		it.Count = ic.Count
		its = append(its, it)
	}
	now := s.cfg.Now().Add(-ago).Truncate(time.Second)
	name, phone := s.person()
	if receiver != "" {
		name = receiver
	}
	s.nextOrder += 1 + int64(s.rng.IntN(50))
	b := s.addBox(s.nextOrder, now.Add(-10*time.Second), now, name, phone, s.receiver(name, phone),
		messages[s.rng.IntN(len(messages))], refers[s.rng.IntN(len(refers))], its)
	return b.ID, nil
}

// catalogItemOf is a new box item of the catalog's vendor item (Count unset), nil when none.
func catalogItemOf(vendorItemID int64) *boxItem {
	for i := range catalog {
		p := &catalog[i]
		for _, it := range p.Items {
			if it.VendorItemID == vendorItemID {
				return &boxItem{catalogItem: it, Product: p}
			}
		}
	}
	return nil
}

// Instruct moves a paid box (ACCEPT) to 상품준비중 (INSTRUCT) at once, as the seller's 발주확인 in
// WING would.
func (s *Server) Instruct(boxID int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.acceptBox(boxID, "")
	if err != nil {
		return err
	}
	b.Status, b.AcknowledgeAt = "INSTRUCT", s.cfg.Now()
	return nil
}

// acceptBox is the box boxID while it is ACCEPT (결제완료); an error names its status otherwise,
// with why when one is given. The caller holds s.mu.
func (s *Server) acceptBox(boxID int64, why string) (*box, error) {
	b, err := s.box(boxID)
	if err != nil {
		return nil, err
	}
	if b.Status != "ACCEPT" {
		if why != "" {
			return nil, fmt.Errorf("coupangsim: box %d is %s; %s", boxID, b.Status, why)
		}
		return nil, fmt.Errorf("coupangsim: box %d is %s, not ACCEPT", boxID, b.Status)
	}
	return b, nil
}

func (s *Server) box(id int64) (*box, error) {
	s.applyAcks(s.cfg.Now())
	b, ok := s.boxes[id]
	if !ok {
		return nil, fmt.Errorf("coupangsim: no box %d", id)
	}
	return b, nil
}

// ChangeReceiver is the buyer changing the destination, allowed only while ACCEPT.
func (s *Server) ChangeReceiver(boxID int64, r Receiver) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.acceptBox(boxID, "the buyer can change the receiver only while ACCEPT")
	if err != nil {
		return err
	}
	b.Receiver = r
	return nil
}

// ForceChangeReceiver changes the destination in any status (Coupang CS changed it): tests use it
// to exercise the re-check after 상품준비중.
func (s *Server) ForceChangeReceiver(boxID int64, r Receiver) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.box(boxID)
	if err != nil {
		return err
	}
	b.Receiver = r
	return nil
}

// CancelBox is the buyer cancelling qty units of a box (spread over its items in order).
// ACCEPT: cancelled at once (cancelCount), listed with cancelType=CANCEL; a whole-box cancel
// hides the box from the list calls. INSTRUCT: a stop-shipment request (holdCountForCancel,
// receipt RELEASE_STOP_UNCHECKED, listed under RU and UC). DEPARTURE and later: a return
// request (RETURNS_UNCHECKED, UC). Returns the receipt id.
func (s *Server) CancelBox(boxID int64, qty int) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.box(boxID)
	if err != nil {
		return 0, err
	}
	if qty < 1 || qty > b.units() {
		return 0, fmt.Errorf("coupangsim: cannot cancel %d of box %d (%d left)", qty, boxID, b.units())
	}
	return s.cancelLocked(b, qty, s.cfg.Now()), nil
}

func (s *Server) cancelLocked(b *box, qty int, at time.Time) int64 {
	s.nextReceipt += 1 + int64(s.rng.IntN(9))
	rc := &receipt{ID: s.nextReceipt, OrderID: b.OrderID, CreatedAt: at, ModifiedAt: at, Reason: s.rng.IntN(len(reasons)),
		Requester: b.Receiver}
	switch b.Status {
	case "ACCEPT":
		rc.Type, rc.Status, rc.CancelList = "CANCEL", "CANCEL_COMPLETED", true
	case "INSTRUCT":
		rc.Type, rc.Status = "RETURN", "RELEASE_STOP_UNCHECKED"
	default:
		rc.Type, rc.Status = "RETURN", "RETURNS_UNCHECKED"
	}
	left := qty
	for _, it := range b.Items {
		free := it.Count - it.CancelCount - it.HoldCount
		if free <= 0 || left == 0 {
			continue
		}
		n := min(free, left)
		left -= n
		state := "Y"
		switch b.Status {
		case "ACCEPT":
			it.CancelCount += n
			state = "N"
		case "INSTRUCT":
			it.HoldCount += n
			state = "N"
		default:
			it.CancelCount += n
		}
		rc.Items = append(rc.Items, receiptItem{BoxID: b.ID, Item: it, Purchase: it.Count, CancelCount: n, ReleaseState: state})
	}
	s.receipts = append(s.receipts, rc)
	return rc.ID
}

// StopShipment is the seller's 출고중지완료 on a stop-shipment receipt: held units become
// cancelled and the receipt moves to RETURNS_COMPLETED.
func (s *Server) StopShipment(receiptID int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, rc := range s.receipts {
		if rc.ID != receiptID {
			continue
		}
		if rc.Status != "RELEASE_STOP_UNCHECKED" {
			return fmt.Errorf("coupangsim: receipt %d is %s", receiptID, rc.Status)
		}
		for _, ri := range rc.Items {
			ri.Item.HoldCount -= ri.CancelCount
			ri.Item.CancelCount += ri.CancelCount
		}
		rc.Status, rc.StopAnswer, rc.ModifiedAt = "RETURNS_COMPLETED", "처리(출고중지)", s.cfg.Now()
		return nil
	}
	return fmt.Errorf("coupangsim: no receipt %d", receiptID)
}

// WithdrawReceipt is the buyer withdrawing a stop-shipment request or a return (반품철회): the
// receipt leaves the returnRequests lists, the held or cancelled units are the box's again, and
// the withdrawal is listed by returnWithdrawRequests from now on. Cancels made at 결제완료 are done
// at once and cannot be withdrawn.
func (s *Server) WithdrawReceipt(receiptID int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, rc := range s.receipts {
		if rc.ID != receiptID {
			continue
		}
		if rc.CancelList || (rc.Status != "RELEASE_STOP_UNCHECKED" && rc.Status != "RETURNS_UNCHECKED" && rc.Status != "REQUEST_COUPANG_CHECK") {
			return fmt.Errorf("coupangsim: receipt %d is %s and cannot be withdrawn", receiptID, rc.Status)
		}
		w := withdrawal{ReceiptID: rc.ID, OrderID: rc.OrderID, At: s.cfg.Now()}
		for _, ri := range rc.Items {
			if rc.Status == "RELEASE_STOP_UNCHECKED" {
				ri.Item.HoldCount -= ri.CancelCount
			} else {
				ri.Item.CancelCount -= ri.CancelCount
			}
			w.VendorItemIDs = append(w.VendorItemIDs, ri.Item.VendorItemID)
		}
		s.receipts = append(s.receipts[:i], s.receipts[i+1:]...)
		s.withdrawals = append(s.withdrawals, w)
		return nil
	}
	return fmt.Errorf("coupangsim: no receipt %d", receiptID)
}

// CompleteReturn moves a return receipt to RETURNS_COMPLETED (CC).
func (s *Server) CompleteReturn(receiptID int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, rc := range s.receipts {
		if rc.ID == receiptID {
			if rc.Status != "RETURNS_UNCHECKED" && rc.Status != "REQUEST_COUPANG_CHECK" {
				return fmt.Errorf("coupangsim: receipt %d is %s", receiptID, rc.Status)
			}
			rc.Status, rc.ModifiedAt = "RETURNS_COMPLETED", s.cfg.Now()
			return nil
		}
	}
	return fmt.Errorf("coupangsim: no receipt %d", receiptID)
}

// RenameOption is the seller renaming an option in WING after the order: the order sheet's
// sellerProductItemName changes, firstSellerProductItemName keeps the old name.
func (s *Server) RenameOption(boxID, vendorItemID int64, newName string) error {
	return s.editItem(boxID, vendorItemID, func(it *boxItem) { it.Name = newName })
}

// SetExposedName changes the name the order sheet states for an item of a box (vendorItemName).
func (s *Server) SetExposedName(boxID, vendorItemID int64, name string) error {
	return s.editItem(boxID, vendorItemID, func(it *boxItem) { it.Shown = name })
}

// editItem changes one vendor item of a box.
func (s *Server) editItem(boxID, vendorItemID int64, edit func(*boxItem)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.box(boxID)
	if err != nil {
		return err
	}
	for _, it := range b.Items {
		if it.VendorItemID == vendorItemID {
			edit(it)
			return nil
		}
	}
	return fmt.Errorf("coupangsim: box %d has no vendor item %d", boxID, vendorItemID)
}

// SetBundleForm switches how the order sheets state bundle options from now on (both forms
// describe the same orders).
func (s *Server) SetBundleForm(f BundleForm) error {
	if f != BundleFormUnits && f != BundleFormBundles {
		return fmt.Errorf("coupangsim: unknown bundle form %q", f)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bundleForm = f
	return nil
}

// Advance moves a shipped box one step: DEPARTURE → DELIVERING → FINAL_DELIVERY (a DIRECT
// box goes DEPARTURE → NONE_TRACKING). It returns the new status.
func (s *Server) Advance(boxID int64) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.box(boxID)
	if err != nil {
		return "", err
	}
	now := s.cfg.Now()
	switch {
	case b.Status == "DEPARTURE" && b.CourierCode == "DIRECT":
		b.Status = "NONE_TRACKING"
	case b.Status == "DEPARTURE":
		b.Status, b.InTransitAt = "DELIVERING", now
	case b.Status == "DELIVERING":
		b.Status, b.DeliveredAt = "FINAL_DELIVERY", now
	default:
		return b.Status, fmt.Errorf("coupangsim: box %d is %s and cannot advance", boxID, b.Status)
	}
	return b.Status, nil
}

// Deliver moves a shipped box straight to FINAL_DELIVERY.
func (s *Server) Deliver(boxID int64) error {
	for {
		st, err := s.Advance(boxID)
		if err != nil {
			return err
		}
		if st == "FINAL_DELIVERY" || st == "NONE_TRACKING" {
			return nil
		}
	}
}

// BoxView is a snapshot of a box for assertions.
type BoxView struct {
	ID, OrderID int64
	Status      string
	PaidAt      time.Time
	Receiver    Receiver
	CourierCode string
	Invoice     string
	Units       int // shippable units (before bundle multiplication)
	CanceledQty int
	HeldQty     int
	// UnitsToShip, CanceledUnits and HeldUnits count the seller's own units (bundles multiplied).
	UnitsToShip   int
	CanceledUnits int
	HeldUnits     int
	Listed        bool // shows in list calls now
	FullyCancel   bool
	VendorItems   []int64
	ReceiptTypes  []string
	// Exchanges counts the exchange requests asked on the box (any status).
	Exchanges int
}

// Box returns a snapshot of one box.
func (s *Server) Box(boxID int64) (BoxView, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.boxes[boxID]
	if !ok {
		return BoxView{}, false
	}
	now := s.cfg.Now()
	s.applyAcks(now)
	return s.view(b, now), true
}

// Boxes returns snapshots of every box, by id.
func (s *Server) Boxes() []BoxView {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.cfg.Now()
	s.applyAcks(now)
	var out []BoxView
	for _, b := range s.sortedBoxes() {
		out = append(out, s.view(b, now))
	}
	return out
}

func (s *Server) view(b *box, now time.Time) BoxView {
	v := BoxView{ID: b.ID, OrderID: b.OrderID, Status: b.Status, PaidAt: b.PaidAt, Receiver: b.Receiver,
		CourierCode: b.CourierCode, Invoice: b.Invoice, Units: b.units(), Listed: s.listed(b, now), FullyCancel: b.fullyCanceled()}
	for _, it := range b.Items {
		per := max(it.BundleSize, 1)
		v.CanceledQty += it.CancelCount
		v.HeldQty += it.HoldCount
		v.CanceledUnits += it.CancelCount * per
		v.HeldUnits += it.HoldCount * per
		v.UnitsToShip += (it.Count - it.CancelCount - it.HoldCount) * per
		v.VendorItems = append(v.VendorItems, it.VendorItemID)
	}
	for _, rc := range s.receipts {
		for _, ri := range rc.Items {
			if ri.BoxID == b.ID {
				v.ReceiptTypes = append(v.ReceiptTypes, rc.Status)
				break
			}
		}
	}
	for _, e := range s.exchanges {
		if e.BoxID == b.ID {
			v.Exchanges++
		}
	}
	return v
}

// AdvanceAll moves every shipped box one step along DEPARTURE → DELIVERING → FINAL_DELIVERY,
// and every exchange's re-delivery on its way (the couriers' day, for the demo). It returns how
// many boxes and re-deliveries moved.
func (s *Server) AdvanceAll() int {
	s.mu.Lock()
	moved := s.advanceRedeliveries()
	var ids []int64
	for _, b := range s.sortedBoxes() {
		if b.Status == "DEPARTURE" || b.Status == "DELIVERING" {
			ids = append(ids, b.ID)
		}
	}
	s.mu.Unlock()
	n := moved
	for _, id := range ids {
		if _, err := s.Advance(id); err == nil {
			n++
		}
	}
	return n
}
