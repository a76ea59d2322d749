package lists

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"sellerdesk/backend/order"
)

// PackOverrides are the seller's corrections to the proposed 합포장 boxes.
type PackOverrides struct {
	// Groups are sets of shipment keys ("naver/…", "coupang/…") to pack in one box.
	Groups [][]string `json:"groups,omitempty"`
	// Singles are shipment keys to pack alone even when another box goes to the same receiver.
	Singles []string `json:"singles,omitempty"`
}

// Grouping says why a box holds the shipments it holds.
type Grouping string

const (
	GroupSingle       Grouping = "single"        // one shipment, no other to the same receiver
	GroupSameReceiver Grouping = "same-receiver" // 합포장: same receiver, phone and address
	GroupForced       Grouping = "forced"        // the seller merged these
	GroupSplit        Grouping = "split"         // the seller asked for a box of its own
	GroupNoCombine    Grouping = "no-combine"    // 합포장 금지 on the shipment
)

// PackList is the 패킹리스트: one block per box.
type PackList struct {
	GeneratedAt time.Time      `json:"generatedAt"`
	Shipments   int            `json:"shipments"`
	Units       int            `json:"units"`
	Boxes       []Box          `json:"boxes"`
	Held        []HeldShipment `json:"held"`
	// Notes are Korean sentences about overrides that could not be applied.
	Notes []string `json:"notes"`
}

// Box is what goes into one parcel.
type Box struct {
	No       int            `json:"no"`
	Grouping Grouping       `json:"grouping"`
	Receiver order.Receiver `json:"receiver"`
	// Messages are the distinct delivery messages of the box's shipments.
	Messages  []string      `json:"messages,omitempty"`
	Shipments []BoxShipment `json:"shipments"`
	Lines     []PackLine    `json:"lines"`
	Units     int           `json:"units"`
	// Summary is the product summary printed on the courier label ("… ×3 외 1건").
	Summary string `json:"summary"`
	// Warnings are Korean sentences the packer must read (e.g. merged receivers differ).
	Warnings []string `json:"warnings,omitempty"`
	// Hopes are the distinct days the buyers want the box's goods (order.HopeDelivery.Short:
	// "12/24(목)"), empty when no shipment in it is a hope delivery.
	Hopes []string `json:"hopes,omitempty"`
}

// BoxShipment is one marketplace shipment packed into a box.
type BoxShipment struct {
	Key         string            `json:"key"`
	Marketplace order.Marketplace `json:"marketplace"`
	OrderID     string            `json:"orderId"`
	ShipmentID  string            `json:"shipmentId"`
	// Name is the box's one name (order.Shipment.Name): marketplace, order number, receiver and,
	// for an order of several boxes, which one.
	Name          string `json:"name"`
	PackageNumber string `json:"packageNumber,omitempty"`
	OrdererName   string `json:"ordererName,omitempty"`
}

// PackLine is one product line to put in the box.
type PackLine struct {
	ShipmentKey string            `json:"shipmentKey"`
	Marketplace order.Marketplace `json:"marketplace"`
	OrderID     string            `json:"orderId"`
	// Name is the name of the line's shipment (order.Shipment.Name).
	Name        string `json:"name"`
	SKU         string `json:"sku"`
	SKUName     string `json:"skuName"`
	Location    string `json:"location,omitempty"`
	ProductName string `json:"productName"`
	OptionName  string `json:"optionName,omitempty"`
	// ExposedName is the name the buyer saw when the marketplace has one (Coupang vendorItemName).
	ExposedName string `json:"exposedName,omitempty"`
	Quantity    int    `json:"quantity"`
	CanceledQty int    `json:"canceledQty,omitempty"`
	HeldQty     int    `json:"heldQty,omitempty"`
	BundleSize  int    `json:"bundleSize,omitempty"`
	// Units is what goes into the box: (quantity − cancelled − held) × bundle size.
	Units int `json:"units"`
	// Hope is the day the buyer wants the line's shipment ("12/24(목)"), "" for none.
	Hope string `json:"hope,omitempty"`
}

// BuildPackList proposes one box per destination: shipments to the same receiver
// (order.Receiver.DestinationKey) across orders and marketplaces share a box, unless a shipment is
// marked 합포장 금지 (NoCombine) or the overrides say otherwise. Held shipments are listed apart.
// Boxes are numbered in receiver-name order (Korean collation).
func BuildPackList(shipments []order.Shipment, skus *SKUMap, ov PackOverrides, now time.Time) PackList {
	res := newSKUResolver(skus)
	ok, held := selection(shipments, res)
	p := PackList{GeneratedAt: now, Shipments: len(ok), Held: held, Boxes: []Box{}, Notes: []string{}}
	if p.Held == nil {
		p.Held = []HeldShipment{}
	}
	byKey := make(map[string]*order.Shipment, len(ok))
	for _, s := range ok {
		byKey[s.Key()] = s
	}
	heldKeys := make(map[string]bool, len(held))
	for _, h := range held {
		heldKeys[h.Key] = true
	}
	used := make(map[string]bool, len(ok))
	var groups []boxDraft
	take := func(key, action string) *order.Shipment {
		key = strings.TrimSpace(key)
		switch {
		case heldKeys[key]:
			p.Notes = append(p.Notes, fmt.Sprintf("%s: 보류 중인 주문이라 %s 수 없습니다.", key, action))
		case byKey[key] == nil:
			p.Notes = append(p.Notes, fmt.Sprintf("%s: 선택한 주문에 없어 %s 수 없습니다.", key, action))
		case used[key]:
			p.Notes = append(p.Notes, fmt.Sprintf("%s: 이미 다른 박스에 지정되어 다시 %s 수 없습니다.", key, action))
		default:
			used[key] = true
			return byKey[key]
		}
		return nil
	}
	for _, g := range ov.Groups {
		var d boxDraft
		d.grouping = GroupForced
		for _, k := range g {
			s := take(k, "합칠")
			if s == nil {
				continue
			}
			if s.NoCombine && len(g) > 1 {
				p.Notes = append(p.Notes, fmt.Sprintf("%s: 합포장 금지 주문이라 따로 포장합니다.", s.Key()))
				groups = append(groups, boxDraft{grouping: GroupNoCombine, shipments: []*order.Shipment{s}})
				continue
			}
			d.shipments = append(d.shipments, s)
		}
		switch len(d.shipments) {
		case 0:
		case 1:
			d.grouping = GroupSplit
			groups = append(groups, d)
		default:
			groups = append(groups, d)
		}
	}
	for _, k := range ov.Singles {
		if s := take(k, "따로 포장할"); s != nil {
			groups = append(groups, boxDraft{grouping: GroupSplit, shipments: []*order.Shipment{s}})
		}
	}
	byDest := map[string]int{}
	for _, s := range ok {
		k := s.Key()
		if used[k] {
			continue
		}
		used[k] = true
		if s.NoCombine {
			groups = append(groups, boxDraft{grouping: GroupNoCombine, shipments: []*order.Shipment{s}})
			continue
		}
		dest, combinable := destination(s.Receiver)
		if i, found := byDest[dest]; found && combinable {
			groups[i].shipments = append(groups[i].shipments, s)
			groups[i].grouping = GroupSameReceiver
			continue
		}
		if combinable {
			byDest[dest] = len(groups)
		}
		groups = append(groups, boxDraft{grouping: GroupSingle, shipments: []*order.Shipment{s}})
	}

	p.Boxes = make([]Box, 0, len(groups))
	for i := range groups {
		b := groups[i].box(res)
		p.Units += b.Units
		p.Boxes = append(p.Boxes, b)
	}
	warnSplitReceivers(p.Boxes)
	sortBoxes(p.Boxes)
	for i := range p.Boxes {
		p.Boxes[i].No = i + 1
	}
	return p
}

// destination is the grouping key of a receiver, and whether it holds enough to group by:
// a receiver with neither phone nor address is never combined with another.
func destination(r order.Receiver) (string, bool) {
	key := r.DestinationKey()
	return key, strings.TrimSpace(r.Address()) != "" && strings.TrimSpace(r.Name) != ""
}

type boxDraft struct {
	grouping  Grouping
	shipments []*order.Shipment
}

func (d *boxDraft) box(skus *skuResolver) Box {
	sort.SliceStable(d.shipments, func(i, j int) bool {
		a, b := d.shipments[i], d.shipments[j]
		if !a.PaidAt.Equal(b.PaidAt) {
			return a.PaidAt.Before(b.PaidAt)
		}
		return a.Key() < b.Key()
	})
	first := d.shipments[0]
	b := Box{Grouping: d.grouping, Receiver: first.Receiver, Lines: []PackLine{}}
	b.Receiver.Message = ""
	var all []order.Line
	dest := first.Receiver.DestinationKey()
	for _, s := range d.shipments {
		b.Shipments = append(b.Shipments, BoxShipment{Key: s.Key(), Marketplace: s.Marketplace, OrderID: s.OrderID,
			ShipmentID: s.ID, Name: s.Name(), PackageNumber: s.PackageNumber, OrdererName: s.OrdererName})
		if m := strings.TrimSpace(s.Receiver.Message); m != "" && !containsString(b.Messages, m) {
			b.Messages = append(b.Messages, m)
		}
		if s.Receiver.DestinationKey() != dest {
			b.Warnings = append(b.Warnings, fmt.Sprintf("받는 분이 다른 주문을 합쳤습니다: %s %s (%s). 송장은 %s 님 앞으로 나갑니다.",
				s.Receiver.Name, s.Receiver.Phone, s.Receiver.Address(), first.Receiver.Name))
		}
		hope := ""
		if s.Hope != nil {
			hope = s.Hope.Short()
			if !containsString(b.Hopes, hope) {
				b.Hopes = append(b.Hopes, hope)
			}
		}
		for j := range s.Lines {
			l := &s.Lines[j]
			u := l.UnitsToShip()
			if u == 0 {
				continue
			}
			sku, _ := skus.resolve(l)
			b.Lines = append(b.Lines, PackLine{ShipmentKey: s.Key(), Marketplace: s.Marketplace, OrderID: s.OrderID, Name: s.Name(),
				SKU: sku.ID, SKUName: sku.Name, Location: sku.Location, ProductName: l.ProductName, OptionName: l.OptionName,
				ExposedName: l.ExposedName, Quantity: l.Quantity, CanceledQty: l.CanceledQty, HeldQty: l.HeldQty, BundleSize: l.BundleSize, Units: u, Hope: hope})
			b.Units += u
			all = append(all, *l)
		}
	}
	b.Receiver.Message = strings.Join(b.Messages, " / ")
	b.Summary = productSummary(all, skus)
	if mixedHopes(d.shipments) {
		b.Warnings = append(b.Warnings, "배송 희망일이 다른 주문을 합쳤습니다. 희망일에 맞춰 따로 보낼지 확인하세요.")
	}
	return b
}

// warnSplitReceivers tells the packer when one receiver gets more than one box, so two labels to
// the same person are not mistaken for a duplicate.
func warnSplitReceivers(boxes []Box) {
	count := map[string]int{}
	for i := range boxes {
		count[boxes[i].Receiver.DestinationKey()]++
	}
	for i := range boxes {
		if n := count[boxes[i].Receiver.DestinationKey()]; n > 1 {
			boxes[i].Warnings = append(boxes[i].Warnings,
				fmt.Sprintf("같은 받는 분에게 박스 %d개를 따로 보냅니다.", n))
		}
	}
}

func sortBoxes(boxes []Box) {
	c := collate.New(language.Korean)
	var buf collate.Buffer
	keys := make([]string, len(boxes))
	for i := range boxes {
		keys[i] = string(c.KeyFromString(&buf, boxes[i].Receiver.Name))
	}
	idx := make([]int, len(boxes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		i, j := idx[x], idx[y]
		if keys[i] != keys[j] {
			return keys[i] < keys[j]
		}
		return boxes[i].Shipments[0].Key < boxes[j].Shipments[0].Key
	})
	sorted := make([]Box, len(boxes))
	for n, i := range idx {
		sorted[n] = boxes[i]
	}
	copy(boxes, sorted)
}

// mixedHopes reports whether the shipments of one box want their goods on different days (or some
// on a day and some as soon as possible).
func mixedHopes(ss []*order.Shipment) bool {
	for _, s := range ss[1:] {
		if !order.SameWhen(ss[0].Hope, s.Hope) {
			return true
		}
	}
	return false
}
