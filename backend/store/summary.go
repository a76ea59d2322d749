package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
	// Blocked: an open blocking finding keeps the shipment out of print and dispatch.
	Blocked bool `json:"blocked"`
	// Warned: an open warning finding is shown on the shipment.
	Warned bool `json:"warned"`

	// search is the lower-cased text that Filter.Text matches (not stored; rebuilt on decode).
	search string
}

// summarize builds the summary of a shipment.
func summarize(sh *order.Shipment) Summary {
	s := Summary{
		Key:          sh.Key(),
		Market:       sh.Marketplace,
		ID:           sh.ID,
		OrderID:      sh.OrderID,
		Status:       sh.Status,
		MarketStatus: sh.MarketStatus,
		PaidAt:       sh.PaidAt,
		ReceiverName: sh.Receiver.Name,
		Phone:        sh.Receiver.Phone,
		Units:        sh.UnitsToShip(),
		Lines:        len(sh.Lines),
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
	for i := range sh.Findings {
		f := &sh.Findings[i]
		if !f.Open() {
			continue
		}
		switch f.Severity {
		case order.Block:
			s.Blocked = true
		case order.Warn:
			s.Warned = true
		}
		if !hasCode(s.Findings, f.Code) {
			s.Findings = append(s.Findings, f.Code)
		}
	}
	var b strings.Builder
	add := func(v string) {
		if v != "" {
			b.WriteString(v)
			b.WriteByte(0)
		}
	}
	add(sh.Receiver.Name)
	add(phoneDigits(sh.Receiver.Phone))
	add(phoneDigits(sh.Receiver.Phone2))
	add(sh.OrderID)
	add(sh.ID)
	add(sh.PackageNumber)
	for i := range sh.Lines {
		l := &sh.Lines[i]
		add(l.ProductName)
		add(l.OptionName)
		add(l.ExposedName)
		add(l.SellerCode)
	}
	s.search = strings.ToLower(b.String())
	return s
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

// Binary summary format, version 2 (version 1 had no line count; Open rebuilds such summaries
// from the shipments, as it does damaged ones):
//
//	byte    format version (2)
//	byte    flags: 1 blocked, 2 warned, 4 has PaidAt
//	[varint unix seconds, uvarint nanoseconds, varint zone offset seconds]  if flag 4
//	uvarint units
//	uvarint lines
//	strings, each uvarint length + UTF-8 bytes: key, market, id, orderId, status, marketStatus,
//	        receiverName, phone, product, search text
//	uvarint number of finding codes, then each code as a string
const summaryFormat = 2

const (
	flagBlocked = 1 << iota
	flagWarned
	flagPaid
)

// maxSummaryString bounds one string in a summary, so a corrupt length cannot allocate much.
const maxSummaryString = 1 << 16

func encodeSummary(s Summary) []byte {
	n := 32 + len(s.Key) + len(s.Market) + len(s.ID) + len(s.OrderID) + len(s.Status) +
		len(s.MarketStatus) + len(s.ReceiverName) + len(s.Phone) + len(s.Product) + len(s.search) + 8*len(s.Findings)
	buf := make([]byte, 0, n)
	var flags byte
	if s.Blocked {
		flags |= flagBlocked
	}
	if s.Warned {
		flags |= flagWarned
	}
	if !s.PaidAt.IsZero() {
		flags |= flagPaid
	}
	buf = append(buf, summaryFormat, flags)
	if !s.PaidAt.IsZero() {
		_, off := s.PaidAt.Zone()
		buf = binary.AppendVarint(buf, s.PaidAt.Unix())
		buf = binary.AppendUvarint(buf, uint64(s.PaidAt.Nanosecond()))
		buf = binary.AppendVarint(buf, int64(off))
	}
	buf = binary.AppendUvarint(buf, uint64(max(s.Units, 0)))
	buf = binary.AppendUvarint(buf, uint64(max(s.Lines, 0)))
	for _, str := range [...]string{s.Key, string(s.Market), s.ID, s.OrderID, string(s.Status),
		s.MarketStatus, s.ReceiverName, s.Phone, s.Product, s.search} {
		buf = appendString(buf, str)
	}
	buf = binary.AppendUvarint(buf, uint64(len(s.Findings)))
	for _, c := range s.Findings {
		buf = appendString(buf, string(c))
	}
	return buf
}

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

var errSummaryShort = errors.New("truncated")

// summaryReader decodes the fields of a binary summary in order.
type summaryReader struct {
	b   string
	err error
}

func (r *summaryReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := uvarintString(r.b)
	if n <= 0 {
		r.err = errSummaryShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *summaryReader) varint() int64 {
	if r.err != nil {
		return 0
	}
	ux, n := uvarintString(r.b)
	if n <= 0 {
		r.err = errSummaryShort
		return 0
	}
	r.b = r.b[n:]
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

func (r *summaryReader) str() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > maxSummaryString || n > uint64(len(r.b)) {
		r.err = errSummaryShort
		return ""
	}
	s := r.b[:n]
	r.b = r.b[n:]
	if !utf8.ValidString(s) {
		r.err = errors.New("invalid UTF-8")
	}
	return s
}

// uvarintString is binary.Uvarint over a string.
func uvarintString(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// decodeSummary parses a binary summary read from disk. It never trusts the bytes: every length
// is bounded and checked.
func decodeSummary(b []byte) (Summary, error) { return decodeSummaryString(string(b)) }

// decodeSummaryString is decodeSummary over a string: every string field of the result is a
// substring of b, so a summary costs one allocation.
func decodeSummaryString(b string) (Summary, error) {
	var s Summary
	if len(b) < 2 {
		return s, fmt.Errorf("store: summary: %w", errSummaryShort)
	}
	if b[0] != summaryFormat {
		return s, fmt.Errorf("store: summary: unknown format %d", b[0])
	}
	flags := b[1]
	if flags&^(flagBlocked|flagWarned|flagPaid) != 0 {
		return s, fmt.Errorf("store: summary: unknown flags %#x", flags)
	}
	r := summaryReader{b: b[2:]}
	s.Blocked = flags&flagBlocked != 0
	s.Warned = flags&flagWarned != 0
	if flags&flagPaid != 0 {
		sec := r.varint()
		nsec := r.uvarint()
		off := r.varint()
		if r.err == nil && (nsec >= 1e9 || off < -18*3600 || off > 18*3600) {
			return Summary{}, errors.New("store: summary: bad paid time")
		}
		var loc *time.Location
		switch off {
		case 0:
			loc = time.UTC
		case 9 * 3600:
			loc = order.KST()
		default:
			loc = time.FixedZone("", int(off))
		}
		s.PaidAt = time.Unix(sec, int64(nsec)).In(loc)
	}
	units := r.uvarint()
	if units > 1<<31 {
		return Summary{}, errors.New("store: summary: bad unit count")
	}
	s.Units = int(units)
	lines := r.uvarint()
	if lines > 1<<31 {
		return Summary{}, errors.New("store: summary: bad line count")
	}
	s.Lines = int(lines)
	s.Key = r.str()
	s.Market = order.Marketplace(r.str())
	s.ID = r.str()
	s.OrderID = r.str()
	s.Status = order.Status(r.str())
	s.MarketStatus = r.str()
	s.ReceiverName = r.str()
	s.Phone = r.str()
	s.Product = r.str()
	s.search = r.str()
	nf := r.uvarint()
	if r.err == nil && nf > uint64(len(r.b)) {
		r.err = errSummaryShort
	}
	for i := uint64(0); i < nf && r.err == nil; i++ {
		s.Findings = append(s.Findings, order.FindingCode(r.str()))
	}
	if r.err != nil {
		return Summary{}, fmt.Errorf("store: summary: %w", r.err)
	}
	if len(r.b) != 0 {
		return Summary{}, fmt.Errorf("store: summary: %d trailing bytes", len(r.b))
	}
	return s, nil
}
