package check

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/hangul"
	"sellerdesk/backend/order"
)

// Codes are the finding codes this package raises; Apply keeps other codes (e.g.
// CHANGED_AFTER_PRINT, raised where lists are printed) as they were.
func Codes() []order.FindingCode {
	return []order.FindingCode{order.OptionNameMismatch, order.BundleMultiplier, order.AddressChanged,
		order.ClaimOpen, order.PartialCancel, order.OptionChanged}
}

func ownCode(c order.FindingCode) bool {
	for _, k := range Codes() {
		if k == c {
			return true
		}
	}
	return false
}

// Shipment runs every pre-ship check on s and returns its findings, raised at now, in a stable
// order: whole-shipment findings first, then line by line.
func Shipment(s *order.Shipment, now time.Time) []order.Finding {
	return ShipmentLearned(s, now, Learned{})
}

// ShipmentLearned is Shipment with what the seller taught the name check: a pair marked as the
// same goods raises no OPTION_NAME_MISMATCH, a pair marked as different goods always blocks.
func ShipmentLearned(s *order.Shipment, now time.Time, learned Learned) []order.Finding {
	var fs []order.Finding
	fs = appendAddressChanged(fs, s)
	fs = appendClaimOpen(fs, s)
	optionEvent := hasEvent(s, order.EventOptionChanged)
	var m Matcher
	for i := range s.Lines {
		l := &s.Lines[i]
		fs = appendNameMismatch(fs, &m, s, i, learned)
		if f, ok := bundleFinding(s, i); ok {
			fs = append(fs, f)
		}
		if l.CanceledQty > 0 || l.HeldQty > 0 {
			msg := fmt.Sprintf("주문 %d개 중 %d개가 취소(보류 포함)되었습니다. %d개만 발송하세요.",
				l.Quantity, l.CanceledQty+l.HeldQty, l.ShippableQty())
			if l.ShippableQty() == 0 {
				msg = fmt.Sprintf("주문 %d개가 모두 취소(보류 포함)되었습니다. 이 상품은 발송하지 마세요.", l.Quantity)
			}
			fs = append(fs, order.Finding{
				Code: order.PartialCancel, Severity: order.Warn, Line: i,
				Message: msg,
				Evidence: []order.Evidence{
					{Field: "ordered", New: strconv.Itoa(l.Quantity)},
					{Field: "cancelled", New: strconv.Itoa(l.CanceledQty)},
					{Field: "held", New: strconv.Itoa(l.HeldQty)},
					{Field: "toShip", Old: strconv.Itoa(l.Quantity), New: strconv.Itoa(l.ShippableQty())},
				},
			})
		}
		if l.FirstOptionName != "" && l.FirstOptionName != l.OptionName && !m.Compare(l.FirstOptionName, l.OptionName, 1).Match {
			fs = append(fs, order.Finding{
				Code: order.OptionChanged, Severity: order.Warn, Line: i,
				Message: fmt.Sprintf("결제 후 옵션이 '%s'에서 %s 바뀌었습니다. 바뀐 옵션으로 포장하세요.",
					l.FirstOptionName, hangul.Euro("'"+l.OptionName+"'")),
				Evidence: []order.Evidence{{Field: "option", Old: l.FirstOptionName, New: l.OptionName}},
			})
		}
	}
	if optionEvent {
		ev := lastEvent(s, order.EventOptionChanged)
		fs = append(fs, order.Finding{
			Code: order.OptionChanged, Severity: order.Warn, Line: -1,
			Message: fmt.Sprintf("%s에서 옵션 변경이 접수되었습니다. 바뀐 옵션을 확인하고 포장하세요.",
				s.Marketplace.Label()),
			Evidence: []order.Evidence{{Field: "event", New: ev.MarketType + " " + ev.At.UTC().Format(time.RFC3339)}},
		})
	}
	for i := range fs {
		fs[i].RaisedAt = now
	}
	return fs
}

func appendAddressChanged(fs []order.Finding, s *order.Shipment) []order.Finding {
	if s.PreviousReceiver != nil && !s.PreviousReceiver.SameDestination(s.Receiver) {
		old, cur := *s.PreviousReceiver, s.Receiver
		return append(fs, order.Finding{
			Code: order.AddressChanged, Severity: order.Block, Line: -1,
			// A reprint is asked only where something was printed: CHANGED_AFTER_PRINT says which list.
			Message: "주문을 받은 뒤 받는 분 정보(주소·연락처)가 바뀌었습니다. 새 정보를 확인하세요.",
			Evidence: []order.Evidence{
				{Field: "name", Old: old.Name, New: cur.Name},
				{Field: "phone", Old: old.Phone, New: cur.Phone},
				{Field: "zip", Old: old.Zip, New: cur.Zip},
				{Field: "address", Old: old.Address(), New: cur.Address()},
			},
		})
	}
	if hasEvent(s, order.EventAddressChanged) {
		// the marketplace says the address changed, but we have no earlier receiver to compare
		ev := lastEvent(s, order.EventAddressChanged)
		return append(fs, order.Finding{
			Code: order.AddressChanged, Severity: order.Block, Line: -1,
			Message: fmt.Sprintf("%s에서 배송지 변경이 접수되었습니다. 새 주소를 확인하세요. 바뀌기 전 주소는 처음 받았을 때 이미 바뀌어 있어 알 수 없습니다.", s.Marketplace.Label()),
			Evidence: []order.Evidence{
				{Field: "event", New: ev.MarketType + " " + ev.At.UTC().Format(time.RFC3339)},
				{Field: "name", New: s.Receiver.Name},
				{Field: "phone", New: s.Receiver.Phone},
				{Field: "zip", New: s.Receiver.Zip},
				{Field: "address", New: s.Receiver.Address()},
			},
		})
	}
	return fs
}

func appendClaimOpen(fs []order.Finding, s *order.Shipment) []order.Finding {
	c := s.Claim
	if c == nil || !c.Open {
		return fs
	}
	ev := []order.Evidence{
		{Field: "claimType", New: string(c.Type)},
		{Field: "claimStatus", New: c.MarketStatus},
	}
	if !c.RequestedAt.IsZero() {
		ev = append(ev, order.Evidence{Field: "requestedAt", New: c.RequestedAt.UTC().Format(time.RFC3339)})
	}
	if c.Reason != "" {
		ev = append(ev, order.Evidence{Field: "reason", New: c.Reason})
	}
	return append(fs, order.Finding{
		Code: order.ClaimOpen, Severity: order.Block, Line: -1,
		Message: fmt.Sprintf("%s 요청이 접수되었습니다. 발송하지 말고 %s 판매자센터에서 요청을 처리하세요.",
			c.Type.Label(), s.Marketplace.Label()),
		Evidence: ev,
	})
}

func appendNameMismatch(fs []order.Finding, m *Matcher, s *order.Shipment, i int, learned Learned) []order.Finding {
	l := &s.Lines[i]
	if strings.TrimSpace(l.ExposedName) == "" {
		return fs
	}
	reg := RegisteredName(l)
	same, taught := learned.Verdict(reg, l.ExposedName, l.Multiplier())
	if taught && same {
		return fs // the seller said these are the same goods
	}
	cmp := m.CompareLine(l)
	if cmp.Match && !taught {
		return fs
	}
	ev := []order.Evidence{{Field: "name", Old: reg, New: l.ExposedName}}
	for _, d := range cmp.Differences {
		ev = appendEvidence(ev, order.Evidence{Field: d.Kind, Old: d.Registered, New: d.Exposed})
	}
	f := order.Finding{Code: order.OptionNameMismatch, Severity: cmp.Severity, Line: i, Evidence: ev}
	switch {
	case taught: // marked as different goods
		f.Severity = order.Block
		f.Evidence = append(f.Evidence, order.Evidence{Field: "taught", New: "different"})
		f.Message = taughtMessage(cmp.Differences, s.Marketplace)
	case cmp.Severity == order.Warn:
		f.Message = uncertainMessage(cmp.Differences)
	default:
		f.Message = mismatchMessage(cmp.Differences, s.Marketplace)
	}
	return append(fs, f)
}

// appendEvidence adds e, joining it to an earlier evidence of the same field so that every
// field appears once.
func appendEvidence(ev []order.Evidence, e order.Evidence) []order.Evidence {
	for i := range ev {
		if ev[i].Field == e.Field {
			ev[i].Old = joinNonEmpty(ev[i].Old, e.Old)
			ev[i].New = joinNonEmpty(ev[i].New, e.New)
			return ev
		}
	}
	return append(ev, e)
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// mismatchMessage says, in Korean, which attributes differ and how each name reads them, and
// what to do: "등록 옵션과 구매자가 본 옵션이 다릅니다: 용량 160g ↔ 150g. 발송을 보류하고 …".
func mismatchMessage(ds []Difference, m order.Marketplace) string {
	return fmt.Sprintf("등록 옵션과 구매자가 본 옵션이 다릅니다: %s. 발송을 보류하고 %s에 상품 정보 오류를 문의하세요.",
		Readings(ds), m.Label())
}

// uncertainMessage is the 확인 필요 sentence: only words the check cannot explain differ.
func uncertainMessage(ds []Difference) string {
	return fmt.Sprintf("등록 옵션과 구매자가 본 옵션의 표기가 달라 확인이 필요합니다: %s. 같은 상품이면 '같은 상품' 으로 표시하면 다음부터 알리지 않습니다.",
		Readings(ds))
}

// taughtMessage: the seller marked this pair as different goods.
func taughtMessage(ds []Difference, m order.Marketplace) string {
	msg := "판매자가 이 두 이름을 다른 상품으로 표시했습니다"
	if len(ds) > 0 {
		msg += ": " + Readings(ds)
	}
	return msg + ". 발송을 보류하고 " + m.Label() + "에 상품 정보 오류를 문의하세요."
}

// maxReadings is how many differences a message names before "외 N가지".
const maxReadings = 3

// Readings names each difference with the attribute and both readings, in Korean:
// "용량 270ml ↔ 150ml, 등급 1+ ↔ 1++".
func Readings(ds []Difference) string {
	parts := make([]string, 0, min(len(ds), maxReadings))
	for i, d := range ds {
		if i == maxReadings {
			break
		}
		parts = append(parts, KindLabel(d.Kind)+" "+orNone(d.Registered)+" ↔ "+orNone(d.Exposed))
	}
	s := strings.Join(parts, ", ")
	if len(ds) > maxReadings {
		s += " 외 " + strconv.Itoa(len(ds)-maxReadings) + "가지"
	}
	return s
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "표기 없음"
	}
	return s
}

func hasEvent(s *order.Shipment, k order.EventKind) bool {
	for _, e := range s.Events {
		if e.Kind == k {
			return true
		}
	}
	return false
}

func lastEvent(s *order.Shipment, k order.EventKind) order.Event {
	var last order.Event
	for _, e := range s.Events {
		if e.Kind == k && (last.Kind == "" || !e.At.Before(last.At)) {
			last = e
		}
	}
	return last
}
