package lists

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"sellerdesk/backend/order"
)

// ListKind names a printed list.
type ListKind string

const (
	PickKind     ListKind = "pick"     // 피킹리스트
	PackKind     ListKind = "pack"     // 패킹리스트
	ShippingKind ListKind = "shipping" // 배송리스트 (송장 출력용)
)

// Label is the list's Korean name.
func (k ListKind) Label() string {
	switch k {
	case PickKind:
		return "피킹리스트"
	case PackKind:
		return "패킹리스트"
	case ShippingKind:
		return "배송리스트"
	}
	return string(k)
}

// HeldShipment is a selected shipment left out of a list, with the reasons in Korean: held (보류,
// order.Shipment.Held) or not one to ship at all (결제대기, sent, cancelled, nothing left to send).
type HeldShipment struct {
	Key          string            `json:"key"`
	Marketplace  order.Marketplace `json:"marketplace"`
	OrderID      string            `json:"orderId"`
	ShipmentID   string            `json:"shipmentId"`
	ReceiverName string            `json:"receiverName"`
	// Name is the box's one name (order.Shipment.Name).
	Name    string              `json:"name"`
	Summary string              `json:"summary"`
	Codes   []order.FindingCode `json:"codes,omitempty"`
	Reasons []string            `json:"reasons"`
	// Held: the box could ship but an open blocking finding holds it (보류, order.Shipment.Held).
	// False: it is left out because it is not a box to ship.
	Held bool `json:"held"`
}

// BoxName is the held box's one name (order.Shipment.Name; made from its fields when not set).
func (h *HeldShipment) BoxName() string {
	if h.Name != "" {
		return h.Name
	}
	return order.BoxName(h.Marketplace, h.OrderID, h.ShipmentID, h.ReceiverName, order.BoxNo{})
}

// CountHeld counts the left-out shipments: held (보류, order.Shipment.Held) and the others (not a
// box to ship).
func CountHeld(hs []HeldShipment) (held, other int) {
	for i := range hs {
		if hs[i].Held {
			held++
		} else {
			other++
		}
	}
	return held, other
}

// holdReasons says why a shipment may not go on a list: it is held (order.Shipment.Held: the open
// blocking findings), or its status is not one to ship, or nothing is left to ship. No reasons
// means it may be printed.
func holdReasons(s *order.Shipment) (codes []order.FindingCode, reasons []string, held bool) {
	if s.Held() {
		for i := range s.Findings {
			f := &s.Findings[i]
			if f.Blocking() {
				codes = append(codes, f.Code)
				msg := f.Message
				if msg == "" {
					msg = f.Code.Label()
				}
				reasons = append(reasons, msg)
			}
		}
		return codes, reasons, true
	}
	switch {
	case s.Status == order.StatusPending:
		reasons = append(reasons, "결제대기 상태입니다. 결제가 끝난 뒤 출력하세요.")
	case s.Status.Final() || s.Status.Dispatched():
		reasons = append(reasons, fmt.Sprintf("%s 상태라 보낼 상품이 아닙니다.", s.Status.Label()))
	case s.UnitsToShip() == 0:
		reasons = append(reasons, "보낼 수량이 없습니다 (전량 취소 또는 취소 대기).")
	}
	return nil, reasons, false
}

func heldOf(s *order.Shipment, codes []order.FindingCode, reasons []string, held bool, skus *skuResolver) HeldShipment {
	return HeldShipment{
		Key: s.Key(), Marketplace: s.Marketplace, OrderID: s.OrderID, ShipmentID: s.ID,
		ReceiverName: s.Receiver.Name, Name: s.Name(), Summary: productSummary(s.Lines, skus), Codes: codes, Reasons: reasons, Held: held,
	}
}

// selection splits the shipments into those that may be printed and those left out, dropping
// repeated keys (the first wins).
func selection(shipments []order.Shipment, skus *skuResolver) (ok []*order.Shipment, held []HeldShipment) {
	seen := make(map[string]bool, len(shipments))
	for i := range shipments {
		s := &shipments[i]
		k := s.Key()
		if seen[k] {
			continue
		}
		seen[k] = true
		if codes, reasons, h := holdReasons(s); len(reasons) > 0 {
			held = append(held, heldOf(s, codes, reasons, h, skus))
			continue
		}
		ok = append(ok, s)
	}
	return ok, held
}

// PickList is the 피킹리스트: total units per SKU over the selected shipments of both marketplaces.
type PickList struct {
	GeneratedAt time.Time `json:"generatedAt"`
	// Shipments is the number of shipments counted (held ones excluded).
	Shipments int            `json:"shipments"`
	Units     int            `json:"units"`
	Rows      []PickRow      `json:"rows"`
	Held      []HeldShipment `json:"held"`
}

// PickRow is one SKU to take from the shelf.
type PickRow struct {
	SKU      string `json:"sku"`
	Name     string `json:"name"`
	Location string `json:"location,omitempty"`
	// Linked is true when the seller linked the item to this SKU (상품 매칭).
	Linked bool `json:"linked"`
	// Units is the number of physical units to pick (bundles multiplied out, cancels taken off).
	Units         int                       `json:"units"`
	ByMarketplace map[order.Marketplace]int `json:"byMarketplace"`
	// Shipments is the number of boxes that contain this SKU.
	Shipments int `json:"shipments"`
	// Bundled is true when some of the units come from a bundle option (묶음 ×N).
	Bundled bool `json:"bundled"`
	// Variants are the registered product / option names counted in this row.
	Variants []string `json:"variants"`
	// Hopes are the days buyers want boxes of this SKU (희망일배송), with how many boxes each, in
	// the order met; empty when none of its boxes is a hope delivery.
	Hopes []HopeBoxes `json:"hopes,omitempty"`
}

// HopeBoxes is a hope-delivery day ("12/24(목)") and the number of boxes wanted that day.
type HopeBoxes struct {
	Day   string `json:"day"`
	Boxes int    `json:"boxes"`
}

// BuildPickList totals the units per SKU of the shipments that may be printed; the others are
// listed in Held. Rows are sorted by shelf location (natural order, "A-2" before "A-10"), rows
// without a location after, then by name in Korean order.
func BuildPickList(shipments []order.Shipment, skus *SKUMap, now time.Time) PickList {
	res := newSKUResolver(skus)
	ok, held := selection(shipments, res)
	p := PickList{GeneratedAt: now, Shipments: len(ok), Held: held, Rows: []PickRow{}}
	if p.Held == nil {
		p.Held = []HeldShipment{}
	}
	index := map[string]int{}
	for _, s := range ok {
		inBox := map[string]bool{}
		for j := range s.Lines {
			l := &s.Lines[j]
			units := l.UnitsToShip()
			if units == 0 {
				continue
			}
			sku, linked := res.resolve(l)
			i, found := index[sku.ID]
			if !found {
				i = len(p.Rows)
				index[sku.ID] = i
				p.Rows = append(p.Rows, PickRow{SKU: sku.ID, Name: sku.Name, Location: sku.Location, Linked: linked,
					ByMarketplace: map[order.Marketplace]int{}})
			}
			r := &p.Rows[i]
			r.Units += units
			r.ByMarketplace[s.Marketplace] += units
			if l.Multiplier() > 1 {
				r.Bundled = true
			}
			if !inBox[sku.ID] {
				inBox[sku.ID] = true
				r.Shipments++
				if s.Hope != nil {
					r.addHope(s.Hope.Short())
				}
			}
			if v := l.DisplayName(); v != "" && !containsString(r.Variants, v) {
				r.Variants = append(r.Variants, v)
			}
			p.Units += units
		}
	}
	c := collate.New(language.Korean)
	sort.SliceStable(p.Rows, func(i, j int) bool {
		a, b := &p.Rows[i], &p.Rows[j]
		if (a.Location == "") != (b.Location == "") {
			return a.Location != ""
		}
		if r := naturalCompare(a.Location, b.Location); r != 0 {
			return r < 0
		}
		if r := c.CompareString(a.Name, b.Name); r != 0 {
			return r < 0
		}
		return a.SKU < b.SKU
	})
	return p
}

// naturalCompare orders strings with digit runs compared by value: "A-2" < "A-10".
func naturalCompare(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	i, j := 0, 0
	for i < len(ra) && j < len(rb) {
		if unicode.IsDigit(ra[i]) && unicode.IsDigit(rb[j]) {
			si, sj := i, j
			for i < len(ra) && unicode.IsDigit(ra[i]) {
				i++
			}
			for j < len(rb) && unicode.IsDigit(rb[j]) {
				j++
			}
			na := strings.TrimLeft(string(ra[si:i]), "0")
			nb := strings.TrimLeft(string(rb[sj:j]), "0")
			if len(na) != len(nb) {
				if len(na) < len(nb) {
					return -1
				}
				return 1
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			continue
		}
		if ra[i] != rb[j] {
			if ra[i] < rb[j] {
				return -1
			}
			return 1
		}
		i++
		j++
	}
	switch {
	case len(ra)-i < len(rb)-j:
		return -1
	case len(ra)-i > len(rb)-j:
		return 1
	}
	return 0
}

// productSummary is a short product description for a box: the first product with its units,
// and "외 N건" for the other lines.
func productSummary(lines []order.Line, skus *skuResolver) string {
	first, others := "", 0
	for i := range lines {
		l := &lines[i]
		u := l.UnitsToShip()
		if u == 0 {
			continue
		}
		if first == "" {
			sku, _ := skus.resolve(l)
			first = fmt.Sprintf("%s ×%d", sku.Name, u)
			continue
		}
		others++
	}
	if first == "" && len(lines) > 0 {
		sku, _ := skus.resolve(&lines[0])
		first = sku.Name
	}
	if others > 0 {
		return fmt.Sprintf("%s 외 %d건", first, others)
	}
	return first
}

// Lists are the three lists built from one selection.
type Lists struct {
	Pick     PickList     `json:"pick"`
	Pack     PackList     `json:"pack"`
	Shipping ShippingList `json:"shipping"`
}

// BuildAll builds the picking, packing and shipping lists of one selection.
func BuildAll(shipments []order.Shipment, skus *SKUMap, ov PackOverrides, now time.Time) Lists {
	l := Lists{Pick: BuildPickList(shipments, skus, now), Pack: BuildPackList(shipments, skus, ov, now)}
	l.Shipping = BuildShippingList(&l.Pack)
	return l
}

// skuResolver resolves lines to SKUs once per distinct item during one build: folding names is
// the costly part of building a list.
type skuResolver struct {
	skus *SKUMap
	memo map[skuMemoKey]resolved
}

type skuMemoKey struct{ code, product, option, exposed string }

type resolved struct {
	sku    SKU
	linked bool
}

func newSKUResolver(skus *SKUMap) *skuResolver {
	return &skuResolver{skus: skus, memo: map[skuMemoKey]resolved{}}
}

func (r *skuResolver) resolve(l *order.Line) (SKU, bool) {
	k := skuMemoKey{l.SellerCode, l.ProductName, l.OptionName, l.ExposedName}
	if v, ok := r.memo[k]; ok {
		return v.sku, v.linked
	}
	sku, linked := r.skus.Resolve(l)
	r.memo[k] = resolved{sku, linked}
	return sku, linked
}

// addHope counts one more box of the row wanted on day.
func (r *PickRow) addHope(day string) {
	for i := range r.Hopes {
		if r.Hopes[i].Day == day {
			r.Hopes[i].Boxes++
			return
		}
	}
	r.Hopes = append(r.Hopes, HopeBoxes{Day: day, Boxes: 1})
}
