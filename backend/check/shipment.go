package check

import (
	"fmt"
	"strconv"
	"strings"
	"time"

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
	var fs []order.Finding
	fs = appendAddressChanged(fs, s)
	fs = appendClaimOpen(fs, s)
	optionEvent := hasEvent(s, order.EventOptionChanged)
	var m Matcher
	for i := range s.Lines {
		l := &s.Lines[i]
		fs = appendNameMismatch(fs, &m, s, i)
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
				Message: fmt.Sprintf("결제 후 옵션이 '%s'에서 '%s'(으)로 바뀌었습니다. 바뀐 옵션으로 포장하세요.",
					l.FirstOptionName, l.OptionName),
				Evidence: []order.Evidence{{Field: "option", Old: l.FirstOptionName, New: l.OptionName}},
			})
		}
	}
	if optionEvent {
		ev := lastEvent(s, order.EventOptionChanged)
		fs = append(fs, order.Finding{
			Code: order.OptionChanged, Severity: order.Warn, Line: -1,
			Message: fmt.Sprintf("%s에서 옵션 변경(%s)이 접수되었습니다. 바뀐 옵션을 확인하고 포장하세요.",
				s.Marketplace.Label(), ev.MarketType),
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
			Message: "주문을 받은 뒤 받는 분 정보(주소·연락처)가 바뀌었습니다. 새 정보를 확인하고 송장을 다시 출력하세요.",
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
			Message: fmt.Sprintf("%s에서 배송지 변경이 접수되었습니다. 새 주소를 확인하고 송장을 다시 출력하세요.", s.Marketplace.Label()),
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

func appendNameMismatch(fs []order.Finding, m *Matcher, s *order.Shipment, i int) []order.Finding {
	l := &s.Lines[i]
	cmp := m.CompareLine(l)
	if cmp.Match {
		return fs
	}
	reg := RegisteredName(l)
	ev := []order.Evidence{{Field: "name", Old: reg, New: l.ExposedName}}
	for _, d := range cmp.Differences {
		ev = appendEvidence(ev, order.Evidence{Field: d.Kind, Old: d.Registered, New: d.Exposed})
	}
	return append(fs, order.Finding{
		Code: order.OptionNameMismatch, Severity: order.Block, Line: i,
		Message:  mismatchMessage(cmp.Differences, s.Marketplace),
		Evidence: ev,
	})
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

// mismatchMessage says, in one Korean sentence, which value differs and what to do.
func mismatchMessage(ds []Difference, m order.Marketplace) string {
	d := ds[0]
	what := KindLabel(d.Kind)
	if len(ds) > 1 {
		what += " 등 " + strconv.Itoa(len(ds)) + "가지"
	}
	particle := "이"
	if !hasBatchim(what) {
		particle = "가"
	}
	return fmt.Sprintf("등록 옵션(%s)과 구매자가 본 옵션(%s)의 %s%s 다릅니다. 발송을 보류하고 %s에 상품 정보 오류를 문의하세요.",
		orNone(d.Registered), orNone(d.Exposed), what, particle, m.Label())
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "표기 없음"
	}
	return s
}

// hasBatchim reports whether the last Hangul syllable of s ends in a final consonant.
func hasBatchim(s string) bool {
	r := []rune(s)
	if len(r) == 0 {
		return false
	}
	c := r[len(r)-1]
	if c < 0xAC00 || c > 0xD7A3 {
		return false
	}
	return (c-0xAC00)%28 != 0
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
