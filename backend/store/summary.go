package store

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
)

// Summary is the compact view of a shipment that list screens show and filter on.
type Summary struct {
	Key          string            `json:"key"`
	Market       order.Marketplace `json:"market"`
	ID           string            `json:"id"`
	OrderID      string            `json:"orderId"`
	Status       order.Status      `json:"status"`
	MarketStatus string            `json:"marketStatus"`
	PaidAt       time.Time         `json:"paidAt"`
	ReceiverName string            `json:"receiverName"`
	Phone        string            `json:"phone"`
	// Product is the first line's display name, plus " 외 N건" when the box holds more lines.
	Product string `json:"product"`
	// Units is the number of physical units to ship (order.Shipment.UnitsToShip).
	Units int `json:"units"`
	// Lines is the number of lines in the box.
	Lines int `json:"lines"`
	// Findings are the codes of the open (unresolved) findings, without repeats.
	Findings []order.FindingCode `json:"findings"`
	// Blocked is order.Shipment.Held: the box can still ship and an open blocking finding keeps
	// it out of print and dispatch (보류). A box that left carries no such mark.
	Blocked bool `json:"blocked"`
	// Box is the box's place among the boxes of its order (zero when the order has one box).
	Box order.BoxNo `json:"box"`
	// Warned: an open finding that does not hold the box is shown on it (a warning, or a blocking
	// finding on a box that can no longer ship, such as a return request on a delivered box).
	Warned bool `json:"warned"`
	// ShipBy is the 발송기한 (zero when the marketplace gave none).
	ShipBy time.Time `json:"shipBy"`
	// Hope is the day the buyer wants the goods (nil: not a hope delivery).
	Hope           *order.HopeDelivery `json:"hope,omitempty"`
	Courier        string              `json:"courier"`
	TrackingNumber string              `json:"trackingNumber"`
	// Printed is what was printed of the box (nil: nothing yet).
	Printed *order.Printed `json:"printed"`
	// WriteProblem is a write that did not go through (nil: none).
	WriteProblem *order.WriteProblem `json:"writeProblem"`
	// Damaged: the stored box no longer decodes; the row shows what the index knows, blocked.
	Damaged bool `json:"damaged,omitempty"`
}

// summarize builds the summary of a shipment.
func summarize(sh *order.Shipment) Summary {
	s := Summary{
		Key:            sh.Key(),
		Market:         sh.Marketplace,
		ID:             sh.ID,
		OrderID:        sh.OrderID,
		Status:         sh.Status,
		MarketStatus:   sh.MarketStatus,
		PaidAt:         inKST(sh.PaidAt),
		ReceiverName:   sh.Receiver.Name,
		Phone:          sh.Receiver.Phone,
		Units:          sh.UnitsToShip(),
		Lines:          len(sh.Lines),
		Findings:       []order.FindingCode{},
		ShipBy:         inKST(sh.ShipBy),
		Hope:           sh.Hope,
		Courier:        sh.Courier,
		TrackingNumber: sh.TrackingNumber,
		Printed:        sh.Printed,
		WriteProblem:   sh.WriteProblem,
	}
	if len(sh.Lines) > 0 {
		l := &sh.Lines[0]
		name := l.DisplayName()
		if name == "" {
			name = l.ExposedName
		}
		if len(sh.Lines) > 1 {
			name += " 외 " + strconv.Itoa(len(sh.Lines)-1) + "건"
		}
		s.Product = name
	}
	s.Blocked = sh.Held()
	for i := range sh.Findings {
		f := &sh.Findings[i]
		if !f.Open() {
			continue
		}
		if f.Severity == order.Warn || !s.Blocked {
			s.Warned = true
		}
		if !hasCode(s.Findings, f.Code) {
			s.Findings = append(s.Findings, f.Code)
		}
	}
	return s
}

// summaryDoc is the part of a shipment's JSON that a Summary needs: a list page decodes only
// this (the other times, events, evidence and the previous receiver are skipped unparsed).
type summaryDoc struct {
	Marketplace  order.Marketplace `json:"marketplace"`
	ID           string            `json:"id"`
	OrderID      string            `json:"orderId"`
	Status       order.Status      `json:"status"`
	MarketStatus string            `json:"marketStatus"`
	PaidAt       time.Time         `json:"paidAt"`
	Receiver     struct {
		Name  string `json:"name"`
		Phone string `json:"phone"`
	} `json:"receiver"`
	ShipBy         time.Time           `json:"shipBy"`
	Hope           *order.HopeDelivery `json:"hope"`
	Courier        string              `json:"courier"`
	TrackingNumber string              `json:"trackingNumber"`
	Printed        *order.Printed      `json:"printed"`
	WriteProblem   *order.WriteProblem `json:"writeProblem"`
	Lines          []order.Line        `json:"lines"`
	Findings       []struct {
		Code       order.FindingCode `json:"code"`
		Severity   order.Severity    `json:"severity"`
		Resolution json.RawMessage   `json:"resolution"`
	} `json:"findings"`
}

// summaryOf decodes the summary of a stored shipment's JSON.
func summaryOf(data []byte) (Summary, error) {
	var d summaryDoc
	if err := json.Unmarshal(data, &d); err != nil {
		return Summary{}, err
	}
	sh := order.Shipment{Marketplace: d.Marketplace, ID: d.ID, OrderID: d.OrderID, Status: d.Status,
		MarketStatus: d.MarketStatus, PaidAt: d.PaidAt, Lines: d.Lines, ShipBy: d.ShipBy, Hope: d.Hope, Courier: d.Courier,
		TrackingNumber: d.TrackingNumber, Printed: d.Printed, WriteProblem: d.WriteProblem,
		Receiver: order.Receiver{Name: d.Receiver.Name, Phone: d.Receiver.Phone}}
	for _, f := range d.Findings {
		of := order.Finding{Code: f.Code, Severity: f.Severity}
		if len(f.Resolution) > 0 && string(f.Resolution) != "null" {
			of.Resolution = &order.Resolution{}
		}
		sh.Findings = append(sh.Findings, of)
	}
	return summarize(&sh), nil
}

// inKST gives a time with Korea's offset the one KST zone (order.KST) by name again: most PaidAt
// times carry that offset, and a time read back from JSON has lost the name.
func inKST(t time.Time) time.Time {
	if _, off := t.Zone(); off == 9*3600 && !t.IsZero() {
		return t.In(order.KST())
	}
	return t
}

func hasCode(codes []order.FindingCode, c order.FindingCode) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}

func phoneDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// row is what the in-memory index keeps of a shipment (see index.go): made from the shipment
// inside the write transaction, put into the index after the commit.
type row struct {
	key     string
	id      string
	orderID string
	paid    int64
	due     int64 // ShipBy as paidKey: minPaid when there is none
	attr    uint32
	others  []order.FindingCode // open finding codes without a bit
	// digits are the searchable fields made of digits only (phones, numeric ids, tracking
	// numbers); text the others, lower-cased (names, ids with letters), the receiver's name always
	// first (the list sorts by it). lines are the lines' searchable names.
	digits []string
	text   []string
	lines  []string
}

// newRow builds the index row of a shipment.
func newRow(sh *order.Shipment) row {
	r := row{key: sh.Key(), id: sh.ID, orderID: clean(sh.OrderID), paid: paidKey(sh.PaidAt), due: paidKey(sh.ShipBy)}
	r.attr = marketAttr(sh.Marketplace) | statusAttr(sh.Status)
	if sh.PersonalDataMasked() {
		r.attr |= attrMasked
	}
	held := sh.Held()
	if held {
		r.attr |= attrHeld
	}
	if sh.Printed != nil && sh.Printed.Batch != "" {
		r.attr |= attrShipPrinted
	}
	if sh.WriteProblem != nil {
		r.attr |= attrWriteProblem
	}
	for i := range sh.Findings {
		f := &sh.Findings[i]
		if !f.Open() { // a resolution does not close what only the marketplace may clear
			continue
		}
		if f.Severity == order.Warn || !held {
			r.attr |= attrWarned
		}
		if bit, ok := findingBit(f.Code); ok {
			r.attr |= bit
		} else if !hasCode(r.others, f.Code) {
			r.attr |= attrOtherFinding
			r.others = append(r.others, f.Code)
		}
	}
	// The id leads the digit record (the index reads the key back from it); it is matched as
	// text too when it is not all digits.
	r.digits = append(r.digits, clean(sh.ID))
	addField := func(v string) {
		v = clean(v)
		switch {
		case v == "":
		case allDigits(v):
			r.digits = append(r.digits, v)
		default:
			r.text = append(r.text, strings.ToLower(v))
		}
	}
	r.text = append(r.text, strings.ToLower(clean(sh.Receiver.Name)))
	if !allDigits(sh.ID) {
		r.text = append(r.text, strings.ToLower(clean(sh.ID)))
	}
	r.digits = append(r.digits, phoneDigits(sh.Receiver.Phone), phoneDigits(sh.Receiver.Phone2))
	addField(sh.OrderID)
	addField(sh.PackageNumber)
	addField(sh.TrackingNumber)
	for i := range sh.Lines {
		l := &sh.Lines[i]
		r.lines = append(r.lines, strings.ToLower(clean(l.ProductName)+"\x00"+clean(l.OptionName)+"\x00"+
			clean(l.ExposedName)+"\x00"+clean(l.SellerCode)))
	}
	return r
}

// clean drops control characters: the index uses bytes below 0x20 as separators.
func clean(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			return strings.Map(func(r rune) rune {
				if r < 0x20 {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// paidKey is PaidAt as one sortable number: Unix nanoseconds, the zero time lowest (it sorts
// last in the list), times outside what nanoseconds hold clamped.
func paidKey(t time.Time) int64 {
	if t.IsZero() {
		return minPaid
	}
	switch sec := t.Unix(); {
	case sec <= minPaidSec:
		return minPaid + 1
	case sec >= maxPaidSec:
		return maxPaid
	}
	return t.UnixNano()
}

const (
	minPaid    = -1 << 63
	maxPaid    = 1<<63 - 1
	minPaidSec = minPaid/1_000_000_000 + 1
	maxPaidSec = maxPaid/1_000_000_000 - 1
)
