package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
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

// entry is one shipment in the in-memory index: what filtering and sorting need, in a few words,
// plus the encoded summary (one allocation that the key and search text point into), decoded
// only for the items of a page.
type entry struct {
	sec    int64 // PaidAt: Unix seconds (the zero time sorts last)
	nsec   int32 // PaidAt: nanoseconds
	market uint8 // bit index of the marketplace (marketBit)
	status uint8 // bit index of the status (statusBit)
	flags  uint8 // entryBlocked | entryWarned | entryOtherFinding
	finds  uint16
	key    string
	search string
	enc    string
}

const (
	entryBlocked = 1 << iota
	entryWarned
	entryOtherFinding // an open finding whose code has no bit (decode enc to see it)
)

// noBit marks a marketplace or status the index has no bit for.
const noBit = 0xff

func marketBit(m order.Marketplace) uint8 {
	for i, k := range order.AllMarketplaces() {
		if k == m {
			return uint8(i)
		}
	}
	return noBit
}

func statusBit(s order.Status) uint8 {
	for i, k := range order.AllStatuses() {
		if k == s {
			return uint8(i)
		}
	}
	return noBit
}

// findingBit is the bit of a known finding code; ok is false for other codes.
func findingBit(c order.FindingCode) (uint16, bool) {
	switch c {
	case order.OptionNameMismatch:
		return 1 << 0, true
	case order.BundleMultiplier:
		return 1 << 1, true
	case order.AddressChanged:
		return 1 << 2, true
	case order.ClaimOpen:
		return 1 << 3, true
	case order.PartialCancel:
		return 1 << 4, true
	case order.OptionChanged:
		return 1 << 5, true
	case order.ChangedAfterPrint:
		return 1 << 6, true
	}
	return 0, false
}

// newEntry decodes an encoded summary into an index entry and the summary itself.
func newEntry(enc string) (*entry, Summary, error) {
	sum, err := decodeSummaryString(enc)
	if err != nil {
		return nil, Summary{}, err
	}
	e := &entry{
		sec:    sum.PaidAt.Unix(),
		nsec:   int32(sum.PaidAt.Nanosecond()),
		market: marketBit(sum.Market),
		status: statusBit(sum.Status),
		key:    sum.Key,
		search: sum.search,
		enc:    enc,
	}
	if sum.Blocked {
		e.flags |= entryBlocked
	}
	if sum.Warned {
		e.flags |= entryWarned
	}
	for _, c := range sum.Findings {
		if bit, ok := findingBit(c); ok {
			e.finds |= bit
		} else {
			e.flags |= entryOtherFinding
		}
	}
	return e, sum, nil
}

// summary decodes the entry's summary for a page (without the search text).
func (e *entry) summary() Summary {
	sum, err := decodeSummaryString(e.enc)
	if err != nil {
		// enc was decoded when the entry was made; this cannot fail.
		return Summary{Key: e.key}
	}
	sum.search = ""
	if sum.Findings == nil {
		sum.Findings = []order.FindingCode{} // a JSON array, never null, for the UI
	}
	return sum
}

// paidBefore reports whether the entry was paid before t.
func (e *entry) paidBefore(t time.Time) bool {
	ts := t.Unix()
	return e.sec < ts || (e.sec == ts && e.nsec < int32(t.Nanosecond()))
}

// compareEntries is the list order: PaidAt descending, then key ascending.
func compareEntries(a, b *entry) int {
	switch {
	case a.sec != b.sec:
		if a.sec > b.sec {
			return -1
		}
		return 1
	case a.nsec != b.nsec:
		if a.nsec > b.nsec {
			return -1
		}
		return 1
	}
	return strings.Compare(a.key, b.key)
}

// indexed is a fresh entry with its decoded summary, handed from a write to the index.
type indexed struct {
	e   *entry
	sum Summary
}

// index is the in-memory summary index: every entry, sorted by PaidAt desc then key.
type index struct {
	mu     sync.RWMutex
	byKey  map[string]*entry
	sorted []*entry
	counts Counts
	// byMarketStatus counts shipments per marketplace and status, so that a filter on those
	// alone gets its total without scanning.
	byMarketStatus map[marketStatus]int
}

type marketStatus struct {
	market order.Marketplace
	status order.Status
}

func newIndex(n int) *index {
	return &index{
		byKey:          make(map[string]*entry, n),
		sorted:         make([]*entry, 0, n),
		byMarketStatus: map[marketStatus]int{},
		counts: Counts{
			ByStatus:  map[order.Status]int{},
			ByMarket:  map[order.Marketplace]int{},
			ByFinding: map[order.FindingCode]int{},
		},
	}
}

func loadIndex(ctx context.Context, db *bolt.DB) (*index, error) {
	var idx *index
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSummaries)
		idx = newIndex(b.Stats().KeyN)
		c := b.Cursor()
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			e, sum, err := newEntry(string(v))
			if err != nil || e.key != string(k) {
				return fmt.Errorf("key %s: %w (%v)", k, errSummaryDamaged, err)
			}
			idx.byKey[e.key] = e
			idx.sorted = append(idx.sorted, e)
			idx.count(&sum, 1)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: load summaries: %w", err)
	}
	slices.SortFunc(idx.sorted, compareEntries)
	return idx, nil
}

// errSummaryDamaged marks a summary that cannot be decoded; Open then rebuilds the summaries.
var errSummaryDamaged = errors.New("damaged summary")

// rebuildSummaries rewrites every summary from its shipment in one transaction.
func (s *Store) rebuildSummaries(ctx context.Context) error {
	err := s.update(ctx, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketSummaries); err != nil {
			return err
		}
		return migrateBuildSummaries(tx)
	})
	if err != nil {
		return fmt.Errorf("store: rebuild summaries: %w", err)
	}
	return nil
}

func (x *index) count(s *Summary, d int) {
	c := &x.counts
	c.Total += d
	bump(c.ByStatus, s.Status, d)
	bump(c.ByMarket, s.Market, d)
	bump(x.byMarketStatus, marketStatus{s.Market, s.Status}, d)
	for _, f := range s.Findings {
		bump(c.ByFinding, f, d)
	}
	if s.Blocked {
		c.Blocked += d
	}
	if s.Warned {
		c.Warned += d
	}
}

func bump[K comparable](m map[K]int, k K, d int) {
	if n := m[k] + d; n != 0 {
		m[k] = n
	} else {
		delete(m, k)
	}
}

// replace puts fresh entries into the index (new keys are added, known keys replaced) in one
// O(n + b log b) merge under the write lock.
func (x *index) replace(fresh []indexed) {
	if len(fresh) == 0 {
		return
	}
	add := make([]indexed, 0, len(fresh))
	seen := make(map[string]int, len(fresh))
	for _, f := range fresh {
		if j, ok := seen[f.e.key]; ok {
			add[j] = f // the later record of one key wins
			continue
		}
		seen[f.e.key] = len(add)
		add = append(add, f)
	}
	slices.SortFunc(add, func(a, b indexed) int { return compareEntries(a.e, b.e) })

	x.mu.Lock()
	defer x.mu.Unlock()
	// Old entries being replaced are dropped from the sorted slice by pointer: hashing a
	// pointer is much cheaper than hashing every key of a big store.
	var gone map[*entry]struct{}
	for i := range add {
		f := &add[i]
		if old, ok := x.byKey[f.e.key]; ok {
			if oldSum, err := decodeSummaryString(old.enc); err == nil {
				x.count(&oldSum, -1)
			}
			if gone == nil {
				gone = make(map[*entry]struct{})
			}
			gone[old] = struct{}{}
		}
		x.byKey[f.e.key] = f.e
		x.count(&f.sum, 1)
	}
	// Readers are locked out, so the sorted slice is updated in place: drop the replaced
	// entries, then merge the fresh ones in from the end.
	if gone != nil {
		kept := x.sorted[:0]
		for _, e := range x.sorted {
			if _, ok := gone[e]; !ok {
				kept = append(kept, e)
			}
		}
		clear(x.sorted[len(kept):])
		x.sorted = kept
	}
	n := len(x.sorted)
	x.sorted = slices.Grow(x.sorted, len(add))[:n+len(add)]
	i, j := n-1, len(add)-1
	for k := len(x.sorted) - 1; j >= 0; k-- {
		if i >= 0 && compareEntries(x.sorted[i], add[j].e) > 0 {
			x.sorted[k] = x.sorted[i]
			i--
		} else {
			x.sorted[k] = add[j].e
			j--
		}
	}
}

func (x *index) snapshotCounts() Counts {
	c := Counts{
		Total:     x.counts.Total,
		Blocked:   x.counts.Blocked,
		Warned:    x.counts.Warned,
		ByStatus:  make(map[order.Status]int, len(x.counts.ByStatus)),
		ByMarket:  make(map[order.Marketplace]int, len(x.counts.ByMarket)),
		ByFinding: make(map[order.FindingCode]int, len(x.counts.ByFinding)),
	}
	for k, v := range x.counts.ByStatus {
		c.ByStatus[k] = v
	}
	for k, v := range x.counts.ByMarket {
		c.ByMarket[k] = v
	}
	for k, v := range x.counts.ByFinding {
		c.ByFinding[k] = v
	}
	return c
}

// matcher is a compiled Filter.
type matcher struct {
	markets, statuses uint16 // bit sets; used when the filter names any
	anyMarket         bool
	anyStatus         bool
	findings          uint16
	otherFindings     []order.FindingCode // filter codes without a bit
	anyFinding        bool
	blocked           bool
	words             []string
}

func compileFilter(f Filter) matcher {
	m := matcher{anyMarket: len(f.Markets) == 0, anyStatus: len(f.Statuses) == 0, anyFinding: len(f.Findings) == 0, blocked: f.BlockedOnly}
	for _, k := range f.Markets {
		if b := marketBit(k); b != noBit {
			m.markets |= 1 << b
		}
	}
	for _, k := range f.Statuses {
		if b := statusBit(k); b != noBit {
			m.statuses |= 1 << b
		}
	}
	for _, c := range f.Findings {
		if bit, ok := findingBit(c); ok {
			m.findings |= bit
		} else {
			m.otherFindings = append(m.otherFindings, c)
		}
	}
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		// A phone or id typed with separators ("010-1234-5678") matches the stored digits.
		if d := phoneDigits(w); len(d) >= 3 && strings.Trim(w, "0123456789-. ()") == "" {
			w = d
		}
		m.words = append(m.words, w)
	}
	return m
}

func (m *matcher) match(e *entry) bool {
	if m.blocked && e.flags&entryBlocked == 0 {
		return false
	}
	if !m.anyMarket && (e.market == noBit || m.markets&(1<<e.market) == 0) {
		return false
	}
	if !m.anyStatus && (e.status == noBit || m.statuses&(1<<e.status) == 0) {
		return false
	}
	if !m.anyFinding && e.finds&m.findings == 0 && !m.matchOther(e) {
		return false
	}
	for _, w := range m.words {
		if !strings.Contains(e.search, w) {
			return false
		}
	}
	return true
}

// matchOther looks for finding codes without a bit in the entry's decoded summary.
func (m *matcher) matchOther(e *entry) bool {
	if len(m.otherFindings) == 0 || e.flags&entryOtherFinding == 0 {
		return false
	}
	for _, c := range e.summary().Findings {
		if slices.Contains(m.otherFindings, c) {
			return true
		}
	}
	return false
}

// firstPaidBefore is the index of the first summary whose PaidAt is before t.
func (x *index) firstPaidBefore(t time.Time) int {
	return sort.Search(len(x.sorted), func(i int) bool { return x.sorted[i].paidBefore(t) })
}

// paidRange narrows a scan to the From/To bounds of f by binary search on the sorted slice
// (PaidAt descending). A date range leaves out shipments without a PaidAt (they sort last).
func (x *index) paidRange(f Filter) (lo, hi int) {
	lo, hi = 0, len(x.sorted)
	if !f.To.IsZero() {
		lo = x.firstPaidBefore(f.To)
	}
	switch {
	case !f.From.IsZero():
		hi = x.firstPaidBefore(f.From)
	case !f.To.IsZero():
		hi = x.firstPaidBefore(time.Time{}.Add(1))
	}
	return lo, max(lo, hi)
}

// Keys returns the keys of every shipment that matches f, in List order, ignoring Offset and
// Limit: for printing or acting on a whole filtered selection.
func (s *Store) Keys(ctx context.Context, f Filter) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: keys: %w", err)
	}
	if s.closed.Load() {
		return nil, fmt.Errorf("store: keys: %w", ErrClosed)
	}
	m := compileFilter(f)
	x := s.index
	x.mu.RLock()
	defer x.mu.RUnlock()
	lo, hi := x.paidRange(f)
	var keys []string
	for i := lo; i < hi; i++ {
		if i&0xffff == 0xffff && ctx.Err() != nil {
			return nil, fmt.Errorf("store: keys: %w", ctx.Err())
		}
		if m.match(x.sorted[i]) {
			keys = append(keys, x.sorted[i].key)
		}
	}
	return keys, nil
}

// List returns one page of the shipments that match f, sorted by PaidAt (newest first) then key,
// with the total count of matches and the store-wide counts. It reads only the in-memory index.
func (s *Store) List(ctx context.Context, f Filter) (Page, error) {
	if err := ctx.Err(); err != nil {
		return Page{}, fmt.Errorf("store: list: %w", err)
	}
	if s.closed.Load() {
		return Page{}, fmt.Errorf("store: list: %w", ErrClosed)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := max(f.Offset, 0)
	m := compileFilter(f)

	x := s.index
	x.mu.RLock()
	defer x.mu.RUnlock()
	lo, hi := x.paidRange(f)
	page := Page{Items: make([]Summary, 0, min(limit, 64))}
	// A filter on marketplaces and statuses alone takes its total from the counters and stops
	// scanning once the page is full.
	countOnly := len(m.words) == 0 && m.anyFinding && !f.BlockedOnly && f.From.IsZero() && f.To.IsZero()
	if countOnly {
		for ms, n := range x.byMarketStatus {
			if (len(f.Markets) == 0 || slices.Contains(f.Markets, ms.market)) &&
				(len(f.Statuses) == 0 || slices.Contains(f.Statuses, ms.status)) {
				page.Total += n
			}
		}
	}
	seen := 0
	for i := lo; i < hi; i++ {
		if i&0xffff == 0xffff && ctx.Err() != nil {
			return Page{}, fmt.Errorf("store: list: %w", ctx.Err())
		}
		e := x.sorted[i]
		if !m.match(e) {
			continue
		}
		if seen >= offset && len(page.Items) < limit {
			page.Items = append(page.Items, e.summary())
		}
		seen++
		if countOnly && len(page.Items) == limit {
			break
		}
	}
	if !countOnly {
		page.Total = seen
	}
	page.Counts = x.snapshotCounts()
	return page, nil
}
