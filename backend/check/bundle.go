package check

import (
	"fmt"
	"strconv"

	"sellerdesk/backend/order"
)

// bundleSize is the size of a line's marketplace bundle, 0 without one. Lines stored before the
// bundle evidence was kept have only BundleSize (then always counted in bundles).
func bundleSize(l *order.Line) int {
	if l.Bundle != nil && l.Bundle.Size > 1 {
		return l.Bundle.Size
	}
	if l.BundleSize > 1 {
		return l.BundleSize
	}
	return 0
}

// countedInUnits reports whether the marketplace already counted a bundle line in the seller's
// units (Coupang since 2024-04-12): Quantity is what to pack, not multiplied again.
func countedInUnits(l *order.Line) bool {
	return l.Bundle != nil && l.Bundle.Counted == order.CountedInUnits
}

// BundleNote is the evidence of a bundle line's count in one Korean sentence, for the drawer:
// "5개 묶음 × 1 = 낱개 5개" when the marketplace counted bundles, "쿠팡이 낱개 기준 수량 5를
// 보냈습니다 (5개 묶음 1개분)" when it already counted units. "" for a line without a bundle.
func BundleNote(l *order.Line, m order.Marketplace) string {
	size := bundleSize(l)
	if size == 0 {
		return ""
	}
	if countedInUnits(l) {
		sent := l.Quantity // as the marketplace sent it, before cancels
		s := fmt.Sprintf("%s 낱개 기준 수량 %s 보냈습니다", subject(m.Label()), object(sent))
		if sent > 0 && sent%size == 0 {
			s += fmt.Sprintf(" (%d개 묶음 %d개분)", size, sent/size)
		}
		return s
	}
	qty := l.ShippableQty()
	return fmt.Sprintf("%d개 묶음 × %d = 낱개 %d개", size, qty, qty*size)
}

// bundleFinding is the BUNDLE_MULTIPLIER finding of a line sold as a marketplace bundle: how many
// units go into the box and on what evidence. It warns; when the marketplace gave no bundle name
// and the order date had to decide, it holds the box until the seller confirms the count.
func bundleFinding(s *order.Shipment, i int) (order.Finding, bool) {
	l := &s.Lines[i]
	size := bundleSize(l)
	if size == 0 {
		return order.Finding{}, false
	}
	label := s.Marketplace.Label()
	qty, units := l.ShippableQty(), l.UnitsToShip()
	basis := "묶음"
	msg := fmt.Sprintf("%s 묶음상품입니다. %s 묶음 기준 수량을 보냈으니 %s를 포장하세요.", label, subject(label), BundleNote(l, s.Marketplace))
	if countedInUnits(l) {
		basis = "낱개"
		msg = fmt.Sprintf("%s 묶음상품(%d개 묶음)이지만 %s 낱개 기준 수량 %s 보냈습니다. 낱개 %d개를 포장하세요(묶음 수로 다시 곱하지 마세요).",
			label, size, subject(label), object(l.Quantity), units)
	}
	f := order.Finding{
		Code: order.BundleMultiplier, Severity: order.Warn, Line: i, Message: msg,
		Evidence: []order.Evidence{
			{Field: "bundleSize", New: strconv.Itoa(size)},
			{Field: "quantity", New: strconv.Itoa(qty)},
			{Field: "quantityBasis", New: basis},
			{Field: "unitsToShip", Old: strconv.Itoa(qty), New: strconv.Itoa(units)},
		},
	}
	if b := l.Bundle; b != nil {
		f.Evidence = append(f.Evidence, order.Evidence{Field: "bundleName", New: b.Name},
			order.Evidence{Field: "exposedName", New: l.ExposedName})
		if b.Basis == order.BundleByDate {
			f.Severity = order.Block
			f.Message = fmt.Sprintf("%s 묶음 옵션 이름을 보내지 않아 수량 기준을 확인할 수 없습니다. 주문일로 보아 %s 기준으로 계산해 낱개 %d개입니다. "+
				"%s 판매자센터에서 주문 수량을 확인한 뒤 '확인 완료'를 누르세요.", subject(label), basis, units, label)
		}
	}
	return f, true
}

// subject puts the subject particle after a Korean noun: 쿠팡이, 네이버가.
func subject(noun string) string {
	if hasBatchim(noun) {
		return noun + "이"
	}
	return noun + "가"
}

// object writes a number as it is read (일, 이, 삼, ... 십) with the object particle: 5를, 10을.
func object(n int) string {
	switch n % 10 {
	case 2, 4, 5, 9:
		return strconv.Itoa(n) + "를"
	}
	return strconv.Itoa(n) + "을"
}
