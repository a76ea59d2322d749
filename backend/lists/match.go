package lists

import (
	"fmt"
	"sort"
	"strings"

	"sellerdesk/backend/order"
)

// MatchBy says how a row was matched to shipments.
type MatchBy string

const (
	ByShipment MatchBy = "shipment" // a shipment key or the marketplace's shipment id
	ByOrder    MatchBy = "order"    // the marketplace's order id
	ByReceiver MatchBy = "receiver" // receiver name + phone
)

// TrackingMatch is a row matched to the shipments of one box.
type TrackingMatch struct {
	Row          TrackingRow `json:"row"`
	ShipmentKeys []string    `json:"shipmentKeys"`
	By           MatchBy     `json:"by"`
}

// AmbiguousRow is a row that fits more than one box, or a box that got more than one number.
type AmbiguousRow struct {
	Row          TrackingRow `json:"row"`
	ShipmentKeys []string    `json:"shipmentKeys"`
	// Reason is a Korean sentence for the seller.
	Reason string `json:"reason"`
}

// TrackingImport is the result of matching a courier's file to the shipments.
type TrackingImport struct {
	// Matched rows have a usable tracking number and exactly one box.
	Matched []TrackingMatch `json:"matched"`
	// Unmatched rows fit no shipment.
	Unmatched []TrackingRow `json:"unmatched"`
	// Ambiguous rows need the seller to choose.
	Ambiguous []AmbiguousRow `json:"ambiguous"`
	// Unreadable rows found their box but the tracking number is lost or wrong (see Row.Issue).
	Unreadable []TrackingMatch `json:"unreadable"`
}

// MatchTracking matches the rows of a courier's file to shipments: by the order references
// SellerDesk wrote into the shipping list (shipment keys), or the marketplace's shipment or order
// ids, and else by receiver name + phone (phone formats folded: 010-1234-5678, 01012345678,
// +82 10-…, and 1012345678 where Excel dropped the zero). A row that fits several boxes, or a box
// that gets two different numbers, is ambiguous.
func MatchTracking(rows []TrackingRow, shipments []order.Shipment) TrackingImport {
	idx := newShipmentIndex(shipments)
	res := TrackingImport{Matched: []TrackingMatch{}, Unmatched: []TrackingRow{}, Ambiguous: []AmbiguousRow{},
		Unreadable: []TrackingMatch{}}

	// Rows sharing a name + phone cannot be told apart by receiver alone.
	sameReceiver := map[string]int{}
	for _, r := range rows {
		for _, p := range r.Phones {
			sameReceiver[foldName(r.ReceiverName)+"|"+normalizePhone(p)]++
		}
	}

	var matched []TrackingMatch
	for _, r := range rows {
		keys, by, why := idx.byRefs(r.OrderRefs)
		if len(keys) == 0 && why == "" {
			keys, by, why = idx.receiverMatch(r, sameReceiver)
		}
		switch {
		case why != "":
			res.Ambiguous = append(res.Ambiguous, AmbiguousRow{Row: r, ShipmentKeys: keys, Reason: why})
		case len(keys) == 0:
			res.Unmatched = append(res.Unmatched, r)
		case !r.Issue.Usable():
			res.Unreadable = append(res.Unreadable, TrackingMatch{Row: r, ShipmentKeys: keys, By: by})
		default:
			matched = append(matched, TrackingMatch{Row: r, ShipmentKeys: keys, By: by})
		}
	}

	// A box that got two different numbers is ambiguous; the same number twice is one match.
	numbers := map[string]map[string]bool{}
	for _, m := range matched {
		for _, k := range m.ShipmentKeys {
			if numbers[k] == nil {
				numbers[k] = map[string]bool{}
			}
			numbers[k][m.Row.TrackingNumber] = true
		}
	}
	done := map[string]string{}
	var kept []TrackingMatch
	for _, m := range matched {
		conflict, already := false, ""
		for _, k := range m.ShipmentKeys {
			if len(numbers[k]) > 1 {
				conflict = true
			}
			if s := idx.byKey[k]; s != nil && s.TrackingNumber != "" && s.TrackingNumber != m.Row.TrackingNumber {
				already = s.TrackingNumber
			}
		}
		if conflict {
			res.Ambiguous = append(res.Ambiguous, AmbiguousRow{Row: m.Row, ShipmentKeys: m.ShipmentKeys,
				Reason: "같은 박스에 운송장번호가 여러 개 있습니다. 맞는 번호를 고르세요."})
			continue
		}
		if already != "" {
			res.Ambiguous = append(res.Ambiguous, AmbiguousRow{Row: m.Row, ShipmentKeys: m.ShipmentKeys,
				Reason: fmt.Sprintf("이미 다른 운송장번호(%s)가 입력된 주문입니다. 어느 번호가 맞는지 확인하세요.", already)})
			continue
		}
		sig := strings.Join(m.ShipmentKeys, ",")
		if done[sig] == m.Row.TrackingNumber {
			continue
		}
		done[sig] = m.Row.TrackingNumber
		kept = append(kept, m)
	}

	// One number on boxes of different parcels, in the file or already in the store, is refused
	// on every row that uses it: the file cannot say which box the parcel is.
	byNumber := map[string][]*order.Shipment{} // the boxes as the file would number them
	for _, m := range kept {
		for _, k := range m.ShipmentKeys {
			if s := idx.byKey[k]; s != nil {
				numbered := *s
				numbered.TrackingNumber = m.Row.TrackingNumber
				byNumber[m.Row.TrackingNumber] = append(byNumber[m.Row.TrackingNumber], &numbered)
			}
		}
	}
	rowsOf := map[string][]int{}
	for _, m := range kept {
		rowsOf[m.Row.TrackingNumber] = append(rowsOf[m.Row.TrackingNumber], m.Row.Row)
	}
	for _, m := range kept {
		box := idx.shipments(m.ShipmentKeys)
		if len(TrackingNumberTaken(m.Row.TrackingNumber, box, byNumber[m.Row.TrackingNumber])) > 0 {
			res.Ambiguous = append(res.Ambiguous, AmbiguousRow{Row: m.Row, ShipmentKeys: m.ShipmentKeys,
				Reason: fmt.Sprintf("같은 운송장번호(%s)가 이 파일의 %s행에도 있습니다. 받는 분이 다른 박스에 한 번호를 쓸 수 없으니 택배사 파일을 확인하세요.",
					m.Row.TrackingNumber, otherRows(rowsOf[m.Row.TrackingNumber], m.Row.Row))})
			continue
		}
		if taken := TrackingNumberTaken(m.Row.TrackingNumber, box, idx.byTracking[m.Row.TrackingNumber]); len(taken) > 0 {
			res.Ambiguous = append(res.Ambiguous, AmbiguousRow{Row: m.Row, ShipmentKeys: m.ShipmentKeys,
				Reason: TakenMessage(m.Row.TrackingNumber, taken)})
			continue
		}
		res.Matched = append(res.Matched, m)
	}
	return res
}

// TrackingNumberTaken returns the shipments among others that already carry number but are not
// part of box's parcel. It is the one rule for "a number already used on another box", for the
// file import, a number typed in and the dispatch: one parcel (one number) may carry several
// shipments only when they go to one destination (합포장); any other shipment with the number is
// another parcel, and the number cannot be right for both.
func TrackingNumberTaken(number string, box []*order.Shipment, others []*order.Shipment) []*order.Shipment {
	if number == "" || len(box) == 0 {
		return nil
	}
	in := make(map[string]bool, len(box))
	for _, s := range box {
		in[s.Key()] = true
	}
	var out []*order.Shipment
	seen := map[string]bool{}
	for _, o := range others {
		if o == nil || !o.CarriesNumber(number) || in[o.Key()] || seen[o.Key()] {
			continue
		}
		if o.Receiver.SameDestination(box[0].Receiver) {
			continue // the same parcel: one number for boxes packed together
		}
		seen[o.Key()] = true
		out = append(out, o)
	}
	return out
}

// TakenMessage says in Korean that number already belongs to the taken shipments.
func TakenMessage(number string, taken []*order.Shipment) string {
	o := taken[0]
	who := o.Marketplace.Label() + " " + o.OrderID
	if o.OrderID == "" {
		who = o.Marketplace.Label() + " " + o.ID
	}
	if o.Receiver.Name != "" {
		who += ", 받는 분 " + o.Receiver.Name
	}
	if len(taken) > 1 {
		who += fmt.Sprintf(" 외 %d건", len(taken)-1)
	}
	return fmt.Sprintf("이 운송장번호(%s)는 이미 다른 주문(%s)에 입력되어 있습니다. 한 번호는 한 택배에만 쓸 수 있으니 번호를 확인하세요.", number, who)
}

func otherRows(rows []int, self int) string {
	var out []string
	for _, r := range rows {
		if r != self {
			out = append(out, fmt.Sprint(r))
		}
	}
	return strings.Join(out, ", ")
}

type shipmentIndex struct {
	byKey      map[string]*order.Shipment
	byTracking map[string][]*order.Shipment
	byID       map[string][]*order.Shipment
	byOrder    map[string][]*order.Shipment
	byReceiver map[string][]*order.Shipment
}

func newShipmentIndex(shipments []order.Shipment) *shipmentIndex {
	x := &shipmentIndex{byKey: map[string]*order.Shipment{}, byTracking: map[string][]*order.Shipment{}, byID: map[string][]*order.Shipment{},
		byOrder: map[string][]*order.Shipment{}, byReceiver: map[string][]*order.Shipment{}}
	for i := range shipments {
		s := &shipments[i]
		if _, dup := x.byKey[s.Key()]; dup {
			continue
		}
		x.byKey[s.Key()] = s
		if s.TrackingNumber != "" {
			x.byTracking[s.TrackingNumber] = append(x.byTracking[s.TrackingNumber], s)
		}
		x.byID[s.ID] = append(x.byID[s.ID], s)
		if s.OrderID != "" {
			x.byOrder[s.OrderID] = append(x.byOrder[s.OrderID], s)
		}
		name := foldName(s.Receiver.Name)
		for _, p := range []string{s.Receiver.Phone, s.Receiver.Phone2} {
			if n := normalizePhone(p); n != "" {
				k := name + "|" + n
				if !containsShipment(x.byReceiver[k], s) {
					x.byReceiver[k] = append(x.byReceiver[k], s)
				}
			}
		}
	}
	return x
}

// shipments returns the indexed shipments of keys.
func (x *shipmentIndex) shipments(keys []string) []*order.Shipment {
	out := make([]*order.Shipment, 0, len(keys))
	for _, k := range keys {
		if s := x.byKey[k]; s != nil {
			out = append(out, s)
		}
	}
	return out
}

func containsShipment(ss []*order.Shipment, s *order.Shipment) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// byRefs finds the shipments named by the row's references. why is set when they are ambiguous.
func (x *shipmentIndex) byRefs(refs []string) (keys []string, by MatchBy, why string) {
	set := map[string]*order.Shipment{}
	by = ByShipment
	for _, ref := range refs {
		ref = expandExcelNumber(ref)
		if s, ok := x.byKey[ref]; ok {
			set[s.Key()] = s
			continue
		}
		if ss := x.byID[ref]; len(ss) > 0 {
			if len(ss) > 1 {
				return shipmentKeys(ss), ByShipment, fmt.Sprintf("번호 %s가 여러 판매처의 주문에 있습니다.", ref)
			}
			set[ss[0].Key()] = ss[0]
			continue
		}
		if ss := x.byOrder[ref]; len(ss) > 0 {
			by = ByOrder
			if len(ss) > 1 && !oneDestination(ss) {
				return shipmentKeys(ss), ByOrder, fmt.Sprintf("주문번호 %s에 받는 분이 다른 박스가 여러 개 있습니다.", ref)
			}
			for _, s := range ss {
				set[s.Key()] = s
			}
		}
	}
	if len(set) == 0 {
		return nil, "", ""
	}
	list := make([]*order.Shipment, 0, len(set))
	for _, s := range set {
		list = append(list, s)
	}
	keys = shipmentKeys(list)
	if !oneDestination(list) {
		return keys, by, "한 줄의 주문번호들이 받는 분이 다른 주문을 가리킵니다."
	}
	return keys, by, ""
}

// receiverMatch finds the shipments of the row's receiver name + phone.
func (x *shipmentIndex) receiverMatch(r TrackingRow, sameReceiver map[string]int) ([]string, MatchBy, string) {
	name := foldName(r.ReceiverName)
	if name == "" {
		return nil, "", ""
	}
	for _, p := range r.Phones {
		k := name + "|" + normalizePhone(p)
		ss := x.byReceiver[k]
		if len(ss) == 0 {
			ss = x.maskedReceiver(name, normalizePhone(p))
		}
		if len(ss) == 0 {
			continue
		}
		keys := shipmentKeys(ss)
		switch {
		case !oneDestination(ss):
			return keys, ByReceiver, "같은 이름·전화번호로 주소가 다른 주문이 여러 개 있습니다."
		case len(ss) > 1 && anyNoCombine(ss):
			return keys, ByReceiver, "같은 받는 분에게 따로 포장한 박스(합포장 금지)가 여러 개라 어느 박스의 번호인지 알 수 없습니다."
		case sameReceiver[k] > 1:
			return keys, ByReceiver, "같은 받는 분의 줄이 파일에 여러 개 있어 어느 박스의 번호인지 알 수 없습니다."
		}
		return keys, ByReceiver, ""
	}
	return nil, "", ""
}

// maskedReceiver matches a phone where either side is masked with '*' (010-****-5678).
func (x *shipmentIndex) maskedReceiver(name, phone string) []*order.Shipment {
	var out []*order.Shipment
	for k, ss := range x.byReceiver {
		n, p, _ := strings.Cut(k, "|")
		if n == name && (strings.Contains(p, "*") || strings.Contains(phone, "*")) && maskedEqual(p, phone) {
			for _, s := range ss {
				if !containsShipment(out, s) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

func maskedEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && a[i] != '*' && b[i] != '*' {
			return false
		}
	}
	return true
}

func anyNoCombine(ss []*order.Shipment) bool {
	for _, s := range ss {
		if s.NoCombine {
			return true
		}
	}
	return false
}

func oneDestination(ss []*order.Shipment) bool {
	for _, s := range ss[1:] {
		if s.Receiver.DestinationKey() != ss[0].Receiver.DestinationKey() {
			return false
		}
	}
	return true
}

func shipmentKeys(ss []*order.Shipment) []string {
	keys := make([]string, len(ss))
	for i, s := range ss {
		keys[i] = s.Key()
	}
	sort.Strings(keys)
	return keys
}

// normalizePhone keeps the digits (and '*' masks) of a Korean phone number in domestic form:
// +82 10-1234-5678 and 8210… become 010…, and 1012345678 (Excel dropped the zero) 01012345678.
func normalizePhone(p string) string {
	var b strings.Builder
	for _, r := range p {
		if (r >= '0' && r <= '9') || r == '*' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	switch {
	case strings.HasPrefix(d, "82") && (strings.HasPrefix(strings.TrimSpace(p), "+") || len(d) >= 11) && len(d) >= 10:
		d = "0" + strings.TrimPrefix(d[2:], "0")
	case len(d) >= 9 && len(d) <= 10 && d[0] != '0':
		d = "0" + d
	}
	return d
}

// expandExcelNumber undoes Excel's number formatting of an id: "3.0000012345E+10" → digits when
// every digit is shown, "123.0" → "123". Anything else is returned unchanged.
func expandExcelNumber(s string) string {
	if mant, exp, ok := scientific(s); ok {
		intPart, frac, _ := strings.Cut(mant, ".")
		if len(frac) == exp {
			return intPart + frac
		}
		return s // digits lost: it will match nothing
	}
	if head, tail, ok := strings.Cut(s, "."); ok && head != "" && strings.Trim(tail, "0") == "" {
		return head
	}
	return s
}
