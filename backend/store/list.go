package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// Filter selects shipments for List. Empty fields select everything.
type Filter struct {
	Markets  []order.Marketplace `json:"markets"`
	Statuses []order.Status      `json:"statuses"`
	// Findings selects shipments with any of these open findings.
	Findings    []order.FindingCode `json:"findings"`
	BlockedOnly bool                `json:"blockedOnly"`
	// From (inclusive) and To (exclusive) bound PaidAt; zero means open.
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
	// Text matches, case-insensitively and as a substring, the receiver name, the phone digits,
	// the order id, the shipment id, the package number and the product/option/exposed names and
	// seller codes. Several words must all match.
	Text string `json:"text"`
	// Offset and Limit page the result; Limit defaults to DefaultLimit, at most MaxLimit.
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// Page limits of List.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// Counts are totals over the whole store (not the filter), for the top counters and badges.
type Counts struct {
	Total     int                       `json:"total"`
	ByStatus  map[order.Status]int      `json:"byStatus"`
	ByMarket  map[order.Marketplace]int `json:"byMarket"`
	ByFinding map[order.FindingCode]int `json:"byFinding"`
	Blocked   int                       `json:"blocked"`
	Warned    int                       `json:"warned"`
}

// Page is one page of List.
type Page struct {
	Items []Summary `json:"items"`
	// Total is the number of shipments that match the filter (all pages).
	Total  int    `json:"total"`
	Counts Counts `json:"counts"`
}

// matcher is a compiled Filter.
type matcher struct {
	markets, statuses uint32 // bit sets of attr values
	findings          uint32 // attr finding bits
	otherFindings     []order.FindingCode
	anyFinding        bool
	blocked           bool
	words             []string
	// hits is the bit set of the slots that match every word (nil without words).
	hits []uint64
}

func compileFilter(f Filter) matcher {
	m := matcher{markets: ^uint32(0), statuses: ^uint32(0), anyFinding: len(f.Findings) == 0, blocked: f.BlockedOnly}
	if len(f.Markets) > 0 {
		m.markets = 0
		for _, k := range f.Markets {
			if a := marketAttr(k); a != unknownMarket {
				m.markets |= 1 << a
			}
		}
	}
	if len(f.Statuses) > 0 {
		m.statuses = 0
		for _, k := range f.Statuses {
			if a := statusAttr(k) >> attrStatusShift; a != unknownStatus {
				m.statuses |= 1 << a
			}
		}
	}
	for _, c := range f.Findings {
		if bit, ok := findingBit(c); ok {
			m.findings |= bit
		} else {
			m.otherFindings = append(m.otherFindings, c)
		}
	}
	for _, w := range strings.Fields(strings.ToLower(clean(f.Text))) {
		// A phone or id typed with separators ("010-1234-5678") matches the stored digits.
		if d := phoneDigits(w); len(d) >= 3 && strings.Trim(w, "0123456789-. ()") == "" {
			w = d
		}
		if !slices.Contains(m.words, w) {
			m.words = append(m.words, w)
		}
	}
	return m
}

// countOnly: a filter on marketplaces and statuses alone takes its total from the counters.
func (m *matcher) countOnly(f Filter) bool {
	return len(m.words) == 0 && m.anyFinding && !m.blocked && f.From.IsZero() && f.To.IsZero()
}

func (m *matcher) match(x *index, s uint32) bool {
	a := x.attr[s]
	if m.markets&(1<<(a&attrMarketMask)) == 0 || m.statuses&(1<<((a&attrStatusMask)>>attrStatusShift)) == 0 {
		return false
	}
	if m.blocked && a&attrBlocked == 0 {
		return false
	}
	if !m.anyFinding && a&m.findings == 0 && !m.matchOther(x, s) {
		return false
	}
	if m.hits != nil && m.hits[s>>6]&(1<<(s&63)) == 0 {
		return false
	}
	return true
}

func (m *matcher) matchOther(x *index, s uint32) bool {
	if len(m.otherFindings) == 0 || x.attr[s]&attrOtherFinding == 0 {
		return false
	}
	for _, c := range x.others[s] {
		if slices.Contains(m.otherFindings, c) {
			return true
		}
	}
	return false
}

// prepare computes the word hits (the expensive part of a search) under the read lock.
func (m *matcher) prepare(ctx context.Context, x *index) error {
	if len(m.words) == 0 {
		return nil
	}
	n := (x.len() + 63) / 64
	for i, w := range m.words {
		if err := ctx.Err(); err != nil {
			return err
		}
		hits := x.search(w, make([]uint64, n))
		if i == 0 {
			m.hits = hits
			continue
		}
		for j := range m.hits {
			m.hits[j] &= hits[j]
		}
	}
	return nil
}

// paidRange is the part of order whose PaidAt lies in [From, To); a date range leaves out the
// shipments without a PaidAt.
func (x *index) paidRange(f Filter) (lo, hi int) {
	lo, hi = 0, len(x.order)
	firstAtLeast := func(p int64) int {
		i, _ := slices.BinarySearchFunc(x.order, p, func(s uint32, p int64) int {
			if x.paid[s] < p {
				return -1
			}
			return 1
		})
		return i
	}
	switch {
	case !f.From.IsZero():
		lo = firstAtLeast(paidKey(f.From))
	case !f.To.IsZero():
		lo = firstAtLeast(minPaid + 1)
	}
	if !f.To.IsZero() {
		hi = firstAtLeast(paidKey(f.To))
	}
	return lo, max(lo, hi)
}

// scan visits the matching slots in list order (newest first) from position offset on, until
// visit returns false, and returns the number of matches (or -1 when it stopped early).
func (x *index) scan(ctx context.Context, m *matcher, f Filter, visit func(s uint32) bool) (int, error) {
	lo, hi := x.paidRange(f)
	seen := 0
	for i := hi - 1; i >= lo; i-- {
		if i&0xffff == 0 && ctx.Err() != nil {
			return 0, ctx.Err()
		}
		s := x.order[i]
		if !m.match(x, s) {
			continue
		}
		seen++
		if !visit(s) {
			return -1, nil
		}
	}
	return seen, nil
}

func (s *Store) readIndex(ctx context.Context, what string) (*index, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	if s.closed.Load() {
		return nil, fmt.Errorf("store: %s: %w", what, ErrClosed)
	}
	return s.index, nil
}

// Keys returns the keys of every shipment that matches f, in List order, ignoring Offset and
// Limit: for printing or acting on a whole filtered selection.
func (s *Store) Keys(ctx context.Context, f Filter) ([]string, error) {
	x, err := s.readIndex(ctx, "keys")
	if err != nil {
		return nil, err
	}
	m := compileFilter(f)
	x.mu.RLock()
	defer x.mu.RUnlock()
	if err := m.prepare(ctx, x); err != nil {
		return nil, fmt.Errorf("store: keys: %w", err)
	}
	var keys []string
	if _, err := x.scan(ctx, &m, f, func(slot uint32) bool {
		keys = append(keys, x.keyOf(slot))
		return true
	}); err != nil {
		return nil, fmt.Errorf("store: keys: %w", err)
	}
	return keys, nil
}

// List returns one page of the shipments that match f, sorted by PaidAt (newest first) then key,
// with the total count of matches and the store-wide counts. The index selects the page; only
// the page's shipments are read from the file.
func (s *Store) List(ctx context.Context, f Filter) (Page, error) {
	x, err := s.readIndex(ctx, "list")
	if err != nil {
		return Page{}, err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := max(f.Offset, 0)
	m := compileFilter(f)

	var keys []string
	var attrs []uint32
	var paids []int64
	var page Page
	err = func() error {
		x.mu.RLock()
		defer x.mu.RUnlock()
		if err := m.prepare(ctx, x); err != nil {
			return err
		}
		countOnly := m.countOnly(f)
		seen := 0
		total, err := x.scan(ctx, &m, f, func(slot uint32) bool {
			if seen >= offset && len(keys) < limit {
				keys = append(keys, x.keyOf(slot))
				attrs, paids = append(attrs, x.attr[slot]), append(paids, x.paid[slot])
			}
			seen++
			return !countOnly || len(keys) < limit
		})
		if err != nil {
			return err
		}
		if countOnly {
			total = x.c.marketStatusTotal(m.markets, m.statuses)
		}
		page.Total = total
		page.Counts = x.c.snapshot()
		return nil
	}()
	if err != nil {
		return Page{}, fmt.Errorf("store: list: %w", err)
	}
	// The page's boxes are copied out in one read transaction and decoded on every core.
	boxes := make([][]byte, len(keys))
	err = s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBoxes)
		for i, k := range keys {
			// A key the index has and the file lacks (a damaged page) shows as damaged below.
			boxes[i] = bytes.Clone(b.Get([]byte(k)))
		}
		return nil
	})
	if err != nil {
		return Page{}, fmt.Errorf("store: list: %w", err)
	}
	page.Items = make([]Summary, len(keys))
	errs := make([]error, len(keys))
	workers := min(runtime.GOMAXPROCS(0), (len(keys)+15)/16)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(keys); i += workers {
				ship, _, err := s.codec.decodeBox(boxes[i], nil)
				if err == nil {
					page.Items[i], err = summaryOf(ship)
				}
				if err != nil {
					// One damaged box does not hide the page: it shows as damaged, from the index.
					page.Items[i] = damagedSummary(keys[i], attrs[i], paids[i])
					errs[i] = fmt.Errorf("%s: %w", keys[i], err)
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		s.logger.Error("store: list: damaged boxes shown as damaged", "err", err)
	}
	return page, nil
}

// DamagedProduct is the product column of a box whose stored data no longer decodes.
const DamagedProduct = "⚠ 손상된 주문 데이터 — 판매자센터에서 확인하거나 최근 백업으로 복원하세요"

// damagedSummary is the list row of a box that no longer decodes, from what the index knows.
func damagedSummary(key string, attr uint32, paid int64) Summary {
	m, id, _ := strings.Cut(key, "/")
	sm := Summary{Key: key, Market: order.Marketplace(m), ID: id, Status: statusOf(attr), Product: DamagedProduct,
		Findings: []order.FindingCode{}, Blocked: true, Damaged: true}
	if paid != paidKey(time.Time{}) {
		sm.PaidAt = inKST(time.Unix(0, paid))
	}
	return sm
}

// ---- text search ----

// search sets the bit of every slot that matches the word: in its records (digit words also
// in the digit records) or in one of its lines.
func (x *index) search(w string, hits []uint64) []uint64 {
	needle := []byte(w)
	if allDigits(w) {
		scanArena(x.dig, needle, x.digOff, hits)
	}
	scanArena(x.txt, needle, x.txtOff, hits)
	var lineHits []uint64
	for i := 0; i < x.lines.len(); i++ {
		if bytes.Contains(x.lines.entry(i), needle) {
			if lineHits == nil {
				lineHits = make([]uint64, (x.lines.len()+63)/64)
			}
			lineHits[i>>6] |= 1 << (i & 63)
		}
	}
	if lineHits == nil {
		return hits
	}
	has := func(id uint32) bool { return lineHits[id>>6]&(1<<(id&63)) != 0 }
	for s, p := range x.prod {
		switch {
		case p == noLines:
		case p&multiFlag == 0:
			if has(p) {
				hits[s>>6] |= 1 << (s & 63)
			}
		default:
			off := p &^ multiFlag
			for _, id := range x.multi[off+1 : off+1+x.multi[off]] {
				if has(id) {
					hits[s>>6] |= 1 << (s & 63)
					break
				}
			}
		}
	}
	return hits
}

// scanArena finds every current record of arena that contains needle.
func scanArena(arena, needle []byte, offs []uint32, hits []uint64) {
	find := indexFunc(needle)
	for p := 0; p < len(arena); {
		i := find(arena[p:])
		if i < 0 {
			return
		}
		at := p + i
		start := bytes.LastIndexByte(arena[:at], recordEnd) + 1
		if s, ok := readSlot(arena[start:]); ok && int(s) < len(offs) && offs[s] == uint32(start) {
			hits[s>>6] |= 1 << (s & 63)
		}
		end := bytes.IndexByte(arena[at:], recordEnd)
		if end < 0 {
			return
		}
		p = at + end + 1
	}
}

// indexFunc returns a substring search for needle. Korean text is the hard case for a plain
// bytes.Index: every syllable starts with one of four lead bytes, so the first byte of a Korean
// word matches almost everywhere. This searches for the needle's rarest byte instead (a UTF-8
// continuation byte, spread over 64 values) and checks the whole needle around it.
func indexFunc(needle []byte) func([]byte) int {
	k := -1
	for i, c := range needle {
		if c >= 0x80 && c < 0xc0 {
			k = i // the last continuation byte
		}
	}
	if k < 0 || len(needle) < 2 {
		return func(h []byte) int { return bytes.Index(h, needle) }
	}
	c := needle[k]
	return func(h []byte) int {
		for p := k; p < len(h); {
			i := bytes.IndexByte(h[p:], c)
			if i < 0 {
				return -1
			}
			at := p + i - k
			if at+len(needle) <= len(h) && bytes.Equal(h[at:at+len(needle)], needle) {
				return at
			}
			p += i + 1
		}
		return -1
	}
}

var errIndexFull = errors.New("store: too many shipments for one data file")
