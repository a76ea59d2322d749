package lists

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/hangul"
	"sellerdesk/backend/order"
)

// PrintRecord is what a printed list said about one shipment: which list, when, and the fields
// that matter for packing (receiver destination, units and option per line, claim state), with a
// fingerprint of them. The app stores the records; ChangedAfterPrint compares them with the
// shipment as it is now.
type PrintRecord struct {
	ShipmentKey string        `json:"shipmentKey"`
	Kind        ListKind      `json:"kind"`
	PrintedAt   time.Time     `json:"printedAt"`
	Fingerprint string        `json:"fingerprint"`
	Printed     PrintedFields `json:"printed"`
}

// PrintedFields are the fields of a shipment a printed list depends on.
type PrintedFields struct {
	// Destination is the receiver as printed ("김민우 010-1234-5678 (06236) 서울…").
	Destination string `json:"destination"`
	// DestinationKey is order.Receiver.DestinationKey: spacing and punctuation do not count.
	DestinationKey string        `json:"destinationKey"`
	Lines          []PrintedLine `json:"lines"`
	// Claim is the claim state ("" when none): type, marketplace status, open or closed.
	Claim string `json:"claim,omitempty"`
}

// PrintedLine is one line as printed.
type PrintedLine struct {
	ItemID      string `json:"itemId"`
	ProductName string `json:"productName"`
	OptionName  string `json:"optionName,omitempty"`
	Units       int    `json:"units"`
}

// PrintedFieldsOf takes the fields that matter from a shipment.
func PrintedFieldsOf(s *order.Shipment) PrintedFields {
	r := s.Receiver
	f := PrintedFields{
		Destination:    strings.TrimSpace(fmt.Sprintf("%s %s (%s) %s", r.Name, r.Phone, r.Zip, r.Address())),
		DestinationKey: r.DestinationKey(),
		Lines:          make([]PrintedLine, len(s.Lines)),
	}
	for i := range s.Lines {
		l := &s.Lines[i]
		f.Lines[i] = PrintedLine{ItemID: l.ItemID, ProductName: l.ProductName, OptionName: l.OptionName, Units: l.UnitsToShip()}
	}
	if c := s.Claim; c != nil {
		state := "종료"
		if c.Open {
			state = "진행 중"
		}
		f.Claim = fmt.Sprintf("%s %s (%s)", c.Type.Label(), state, c.MarketStatus)
	}
	return f
}

// Fingerprint is a short hash of the fields; equal fingerprints mean nothing that matters changed.
func (f PrintedFields) Fingerprint() string {
	h := sha256.New()
	h.Write([]byte(f.DestinationKey))
	for _, l := range f.Lines {
		h.Write([]byte("\x00" + l.ItemID + "\x00" + l.OptionName + "\x00" + strconv.Itoa(l.Units)))
	}
	h.Write([]byte("\x00" + f.Claim))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// RecordPrint is the record of printing shipment s on a list of the given kind at a time.
func RecordPrint(kind ListKind, s *order.Shipment, at time.Time) PrintRecord {
	f := PrintedFieldsOf(s)
	return PrintRecord{ShipmentKey: s.Key(), Kind: kind, PrintedAt: at, Fingerprint: f.Fingerprint(), Printed: f}
}

// RecordPrints records the shipments a list of the given kind printed: every shipment that is
// not held (보류), as the Build functions decide.
func RecordPrints(kind ListKind, shipments []order.Shipment, at time.Time) []PrintRecord {
	ok, _ := selection(shipments, newSKUResolver(nil))
	out := make([]PrintRecord, len(ok))
	for i, s := range ok {
		out[i] = RecordPrint(kind, s, at)
	}
	return out
}

var printKinds = [...]ListKind{PickKind, PackKind, ShippingKind}

// ChangedAfterPrint compares a shipment with the latest print record of each list it was printed
// on and returns at most one blocking order.ChangedAfterPrint finding: one change is one card, with
// every list that must be printed again ("피킹리스트, 배송리스트") as the first evidence and the
// changed fields after it. A claim the buyer opened is not repeated here: its own CLAIM_OPEN finding
// holds the box. Records of other shipments are ignored. The finding goes away once the lists are
// printed again (newer records match).
func ChangedAfterPrint(s *order.Shipment, records []PrintRecord, now time.Time) []order.Finding {
	key := s.Key()
	latest := map[ListKind]*PrintRecord{}
	for i := range records {
		r := &records[i]
		if r.ShipmentKey != key {
			continue
		}
		if prev, ok := latest[r.Kind]; !ok || r.PrintedAt.After(prev.PrintedAt) {
			latest[r.Kind] = r
		}
	}
	if len(latest) == 0 {
		return nil
	}
	cur := PrintedFieldsOf(s)
	fp := cur.Fingerprint()
	claimOpen := s.Claim != nil && s.Claim.Open
	var lists, what []string
	var ev []order.Evidence
	var first time.Time
	seen := map[order.Evidence]bool{}
	for _, kind := range printKinds {
		r, ok := latest[kind]
		if !ok || r.Fingerprint == fp {
			continue
		}
		kev, kwhat := printEvidence(r.Printed, cur)
		if claimOpen {
			kev, kwhat = withoutClaim(kev, kwhat)
			if len(kev) == 0 && r.Printed.Claim != cur.Claim {
				continue // only the claim changed: the claim's own card says it
			}
		}
		if len(kev) == 0 {
			// The fingerprint differs but no field we know does (an old record format): say so.
			kev = []order.Evidence{{Field: "fingerprint", Old: r.Fingerprint, New: fp}}
			kwhat = []string{"주문 내용"}
		}
		lists = append(lists, kind.Label())
		if first.IsZero() || r.PrintedAt.Before(first) {
			first = r.PrintedAt
		}
		for _, e := range kev {
			if !seen[e] {
				seen[e] = true
				ev = append(ev, e)
			}
		}
		for _, w := range kwhat {
			if !slices.Contains(what, w) {
				what = append(what, w)
			}
		}
	}
	if len(lists) == 0 {
		return nil
	}
	names := strings.Join(lists, ", ")
	ev = append([]order.Evidence{{Field: "list", New: names}}, ev...)
	return []order.Finding{{
		Code: order.ChangedAfterPrint, Severity: order.Block, Line: -1, RaisedAt: now, Evidence: ev,
		Message: fmt.Sprintf("%s 출력(%s) 뒤에 %s 바뀌었습니다. %s 다시 출력하세요.",
			names, kstClock(first), hangul.IGa(strings.Join(what, ", ")), hangul.EulReul(names)),
	}}
}

// withoutClaim drops the claim from a print comparison.
func withoutClaim(ev []order.Evidence, what []string) ([]order.Evidence, []string) {
	var e2 []order.Evidence
	for _, e := range ev {
		if e.Field != "claim" {
			e2 = append(e2, e)
		}
	}
	var w2 []string
	for _, w := range what {
		if w != claimWhat {
			w2 = append(w2, w)
		}
	}
	return e2, w2
}

// claimWhat is how a print comparison names a changed claim.
const claimWhat = "취소·반품·교환 상태"

func printEvidence(old, cur PrintedFields) ([]order.Evidence, []string) {
	var ev []order.Evidence
	var what []string
	if old.DestinationKey != cur.DestinationKey {
		ev = append(ev, order.Evidence{Field: "receiver", Old: old.Destination, New: cur.Destination})
		what = append(what, "배송지")
	}
	n := len(old.Lines)
	if len(cur.Lines) > n {
		n = len(cur.Lines)
	}
	units, option := false, false
	for i := 0; i < n; i++ {
		var o, c PrintedLine
		if i < len(old.Lines) {
			o = old.Lines[i]
		}
		if i < len(cur.Lines) {
			c = cur.Lines[i]
		}
		if o.Units != c.Units {
			ev = append(ev, order.Evidence{Field: fmt.Sprintf("lines[%d].units", i),
				Old: lineUnits(o), New: lineUnits(c)})
			units = true
		}
		if o.OptionName != c.OptionName || o.ItemID != c.ItemID {
			ev = append(ev, order.Evidence{Field: fmt.Sprintf("lines[%d].option", i),
				Old: lineName(o), New: lineName(c)})
			option = true
		}
	}
	if units {
		what = append(what, "수량")
	}
	if option {
		what = append(what, "옵션")
	}
	if old.Claim != cur.Claim {
		ev = append(ev, order.Evidence{Field: "claim", Old: old.Claim, New: cur.Claim})
		what = append(what, claimWhat)
	}
	return ev, what
}

func lineName(l PrintedLine) string {
	if l.ProductName == "" && l.OptionName == "" {
		return ""
	}
	if l.OptionName == "" {
		return l.ProductName
	}
	return l.ProductName + " / " + l.OptionName
}

func lineUnits(l PrintedLine) string {
	if l.ProductName == "" && l.ItemID == "" {
		return ""
	}
	return fmt.Sprintf("%s %d개", lineName(l), l.Units)
}

func kstClock(t time.Time) string { return t.In(order.KST()).Format("01-02 15:04") }

// ApplyPrintChecks replaces the CHANGED_AFTER_PRINT findings of s with the ones its print
// records give now, keeping the raise time and the seller's resolution of a finding that is
// still the same (order.MergeFindings). Findings of the other checks are left as they are. It
// reports whether a blocking CHANGED_AFTER_PRINT finding is open afterwards.
func ApplyPrintChecks(s *order.Shipment, records []PrintRecord, now time.Time) bool {
	var prev, others []order.Finding
	for _, f := range s.Findings {
		if f.Code == order.ChangedAfterPrint {
			prev = append(prev, f)
		} else {
			others = append(others, f)
		}
	}
	fresh := order.MergeFindings(prev, ChangedAfterPrint(s, records, now))
	open := false
	for i := range fresh {
		if fresh[i].Blocking() {
			open = true
		}
	}
	s.Findings = append(others, fresh...)
	if len(s.Findings) == 0 {
		s.Findings = nil
	}
	return open
}
