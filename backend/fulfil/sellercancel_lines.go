package fulfil

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

// A partial 판매 취소: the seller cancels only some goods of a box (or some units of one) and ships
// the rest. Coupang takes it at 상품준비중 only, as 출고중지 of those units (article 360033843154:
// vendorItemIds with receiptCounts; at 결제완료 "부분 취소는 불가능합니다."). A Naver box is one
// product order, which 취소 요청 cancels whole: there is no part to take.

// PartialCancelAtPaid is what the seller reads when asking for part of a Coupang box at 결제완료.
const PartialCancelAtPaid = "결제완료 상태에서는 일부만 취소할 수 없습니다. 발주확인 후 일부 취소하거나 전체를 취소하세요."

// PartialCancelNaver is what the seller reads when asking for part of a Naver box.
const PartialCancelNaver = "네이버 주문은 상품주문 하나가 한 박스라 일부만 취소할 수 없습니다. 전체를 취소하세요."

// CancelableLine is one kind of goods of a box the seller may cancel: the marketplace's item id
// (the key of SellerCancelRequest.Lines), its name and how many are left to ship, in the order
// sheet's count; Step is the count's step (a bundle stated in units is cancelled whole bundles).
type CancelableLine struct {
	ItemID string `json:"itemId"`
	Name   string `json:"name"`
	Left   int    `json:"left"`
	Step   int    `json:"step"`
}

// SellerCancelLines is what the seller may cancel of s, one entry per item id with anything left,
// in the box's order.
func SellerCancelLines(s *order.Shipment) []CancelableLine {
	var out []CancelableLine
	at := map[string]int{}
	for i := range s.Lines {
		l := &s.Lines[i]
		if l.ShippableQty() == 0 {
			continue
		}
		if k, ok := at[l.ItemID]; ok {
			out[k].Left += l.ShippableQty()
			continue
		}
		at[l.ItemID] = len(out)
		out = append(out, CancelableLine{ItemID: l.ItemID, Name: l.DisplayName(), Left: l.ShippableQty(), Step: cancelStep(l)})
	}
	return out
}

// SellerCancelPartialBlocked says in Korean why s can only be cancelled whole now, "" when part of
// it may be cancelled (the rule of the write, for the screens too).
func SellerCancelPartialBlocked(s *order.Shipment) string {
	switch {
	case s.Marketplace != order.Coupang:
		return PartialCancelNaver
	case s.Status != order.StatusAcknowledged:
		return PartialCancelAtPaid
	}
	return ""
}

// cancelStep is the step of a line's cancel count: the bundle size when Coupang states a bundle
// option in the seller's own units (the box keeps whole bundles), else 1.
func cancelStep(l *order.Line) int {
	if b := l.Bundle; b != nil && b.Counted == order.CountedInUnits && b.Size > 1 {
		return b.Size
	}
	return 1
}

// cleanCancelLines drops the lines kept (count 0) and refuses a negative count, a blank id, or
// lines that cancel nothing; nil when none was asked (the whole box).
func cleanCancelLines(in map[string]int) (map[string]int, error) {
	if len(in) == 0 {
		return nil, nil
	}
	out := map[string]int{}
	for id, n := range in {
		id = strings.TrimSpace(id)
		switch {
		case id == "":
			return nil, usererr.New("취소할 상품의 옵션 ID가 비어 있습니다.", fmt.Errorf("seller cancel line without an item id"))
		case n < 0:
			return nil, usererr.New("취소할 수량은 0 이상이어야 합니다.", fmt.Errorf("seller cancel line %s: count %d", id, n))
		case n > 0:
			out[id] += n
		}
	}
	if len(out) == 0 {
		return nil, usererr.New("취소할 수량을 하나 이상 적어 주세요.", fmt.Errorf("seller cancel lines all zero"))
	}
	return out, nil
}

// oneBoxForLines refuses lines asked for several boxes: they name the goods of one box.
func oneBoxForLines(req SellerCancelRequest, keys []string) error {
	if len(req.Lines) == 0 {
		return nil
	}
	if clean, err := order.CleanKeys(keys); err == nil && len(clean) > 1 {
		return usererr.New("일부 상품만 취소할 때는 박스를 하나만 고르세요.", fmt.Errorf("seller cancel lines for %d boxes", len(clean)))
	}
	return nil
}

// cancelPlan is a partial cancel of one box: per item id, how many to cancel and what the box
// showed before it was sent (to tell from a read-back whether it was applied).
type cancelPlan struct {
	lines []planLine
}

type planLine struct {
	itemID, name string
	count        int
	// canceled and left are the box's before sending (order.Line CanceledQty and ShippableQty).
	canceled, left int
}

// plan decides the seller's lines on box s: nil when the whole box is cancelled (no lines asked,
// or all that is left asked), else the partial cancel; a verdict when the lines cannot be sent.
func (w *sellerCancel) plan(s *order.Shipment) *Verdict {
	delete(w.plans, s.Key())
	if len(w.req.Lines) == 0 {
		return nil
	}
	have := SellerCancelLines(s)
	byID := map[string]CancelableLine{}
	for _, c := range have {
		byID[c.ItemID] = c
	}
	ids := make([]string, 0, len(w.req.Lines))
	for id := range w.req.Lines {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		n, c := w.req.Lines[id], byID[id]
		switch {
		case c.ItemID == "" && lineOf(s, id) == nil:
			return Fail("이 박스에 없는 상품입니다(옵션 ID %s). 주문을 다시 불러오세요.", id)
		case c.ItemID == "":
			return Fail("%s: 이미 모두 취소되어 취소할 수량이 남아 있지 않습니다.", lineOf(s, id).DisplayName())
		case n > c.Left:
			return Fail("%s: 보낼 수량이 %d개 남아 있어 %d개를 취소할 수 없습니다.", c.Name, c.Left, n)
		case n%c.Step != 0:
			return Fail("%s: 묶음 상품이라 %d개 단위로만 취소할 수 있습니다.", c.Name, c.Step)
		}
	}
	whole := true
	for _, c := range have {
		if w.req.Lines[c.ItemID] != c.Left {
			whole = false
		}
	}
	if whole {
		return nil // all that is left: sent as the whole box
	}
	if why := SellerCancelPartialBlocked(s); why != "" {
		return Fail("%s", why)
	}
	p := &cancelPlan{}
	for _, c := range have {
		if n := w.req.Lines[c.ItemID]; n > 0 {
			canceled, _ := sumsOf(s, c.ItemID)
			p.lines = append(p.lines, planLine{itemID: c.ItemID, name: c.Name, count: n, canceled: canceled, left: c.Left})
		}
	}
	w.plans[s.Key()] = p
	return nil
}

func lineOf(s *order.Shipment, itemID string) *order.Line {
	for i := range s.Lines {
		if s.Lines[i].ItemID == itemID {
			return &s.Lines[i]
		}
	}
	return nil
}

// sumsOf is what the lines of itemID in s show cancelled and left to ship.
func sumsOf(s *order.Shipment, itemID string) (canceled, left int) {
	for i := range s.Lines {
		if l := &s.Lines[i]; l.ItemID == itemID {
			canceled += l.CanceledQty
			left += l.ShippableQty()
		}
	}
	return canceled, left
}

// appliedOn reports whether box s, read back, shows the plan's units cancelled: each line's
// cancelled count grown by the asked count, or what is left to ship lowered by it.
func (p *cancelPlan) appliedOn(s *order.Shipment) bool {
	for _, l := range p.lines {
		canceled, left := sumsOf(s, l.itemID)
		if canceled < l.canceled+l.count && left > l.left-l.count {
			return false
		}
	}
	return true
}

// markOn lowers the quantities to ship of the plan's lines on the stored box s to what the cancel
// leaves (idempotent: a read-back stored first has done it already); the box is cancelled only
// when nothing is left to ship.
func (p *cancelPlan) markOn(s *order.Shipment) {
	for _, pl := range p.lines {
		canceled, left := sumsOf(s, pl.itemID)
		need := min(pl.canceled+pl.count-canceled, left-(pl.left-pl.count))
		for i := range s.Lines {
			l := &s.Lines[i]
			if need <= 0 {
				break
			}
			if l.ItemID != pl.itemID {
				continue
			}
			n := min(need, l.ShippableQty())
			l.CanceledQty += n
			need -= n
		}
	}
	if s.UnitsToShip() == 0 {
		s.Status = order.StatusCanceled
	}
}

// request is the Coupang call of the plan on box s: the vendor items and counts asked.
func (p *cancelPlan) request(s *order.Shipment) (coupang.SellerCancelRequest, bool) {
	oid, err1 := strconv.ParseInt(s.OrderID, 10, 64)
	box, err2 := strconv.ParseInt(s.ID, 10, 64)
	if err1 != nil || err2 != nil || oid <= 0 {
		return coupang.SellerCancelRequest{}, false
	}
	req := coupang.SellerCancelRequest{OrderID: oid, ShipmentBoxID: box, Reason: coupang.CancelOutOfStock}
	for _, l := range p.lines {
		vid, err := strconv.ParseInt(l.itemID, 10, 64)
		if err != nil || vid <= 0 {
			return coupang.SellerCancelRequest{}, false
		}
		req.Lines = append(req.Lines, coupang.CancelLine{VendorItemID: vid, Count: l.count})
	}
	return req, len(req.Lines) > 0
}

// String names the plan's lines and counts in Korean: "햇살농장 유기농 현미 4kg x 1개 (옵션 ID 81000000101) 1개".
func (p *cancelPlan) String() string {
	parts := make([]string, 0, len(p.lines))
	for _, l := range p.lines {
		parts = append(parts, fmt.Sprintf("%s (옵션 ID %s) %d개", l.name, l.itemID, l.count))
	}
	return strings.Join(parts, ", ")
}

// detail is the audit entry of the plan: which lines and counts, and the seller's reason.
func (p *cancelPlan) detail(reason string) string {
	return "판매 취소(일부: " + p.String() + "): " + reason
}
