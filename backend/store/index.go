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

// index is the in-memory summary index: every summary, sorted by PaidAt desc then key.
type index struct {
	mu     sync.RWMutex
	byKey  map[string]*Summary
	sorted []*Summary
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
		byKey:          make(map[string]*Summary, n),
		sorted:         make([]*Summary, 0, n),
		byMarketStatus: map[marketStatus]int{},
		counts: Counts{
			ByStatus:  map[order.Status]int{},
			ByMarket:  map[order.Marketplace]int{},
			ByFinding: map[order.FindingCode]int{},
		},
	}
}

// before is the list order: PaidAt descending, then key ascending.
func before(a, b *Summary) bool {
	if !a.PaidAt.Equal(b.PaidAt) {
		return a.PaidAt.After(b.PaidAt)
	}
	return a.Key < b.Key
}

func compareSummaries(a, b *Summary) int {
	if c := b.PaidAt.Compare(a.PaidAt); c != 0 {
		return c
	}
	return strings.Compare(a.Key, b.Key)
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
			s, err := decodeSummary(v)
			if err != nil || s.Key != string(k) {
				return fmt.Errorf("key %s: %w (%v)", k, errSummaryDamaged, err)
			}
			sp := &s
			idx.byKey[s.Key] = sp
			idx.sorted = append(idx.sorted, sp)
			idx.count(sp, 1)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: load summaries: %w", err)
	}
	slices.SortFunc(idx.sorted, compareSummaries)
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

// replace puts fresh summaries into the index (new keys are added, known keys replaced) in one
// O(n + b log b) merge, and builds a new sorted slice so that readers never see a half update.
func (x *index) replace(fresh []Summary) {
	if len(fresh) == 0 {
		return
	}
	add := make([]*Summary, 0, len(fresh))
	seen := make(map[string]int, len(fresh))
	for i := range fresh {
		if j, ok := seen[fresh[i].Key]; ok {
			add[j] = &fresh[i] // the later record of one key wins
			continue
		}
		seen[fresh[i].Key] = len(add)
		add = append(add, &fresh[i])
	}
	slices.SortFunc(add, compareSummaries)

	x.mu.Lock()
	defer x.mu.Unlock()
	// Old summaries being replaced are dropped from the sorted slice by pointer: hashing a
	// pointer is much cheaper than hashing every key of a big store.
	var gone map[*Summary]struct{}
	for _, s := range add {
		if old, ok := x.byKey[s.Key]; ok {
			x.count(old, -1)
			if gone == nil {
				gone = make(map[*Summary]struct{})
			}
			gone[old] = struct{}{}
		}
		x.byKey[s.Key] = s
		x.count(s, 1)
	}
	merged := make([]*Summary, 0, len(x.sorted)+len(add)-len(gone))
	i := 0
	for _, s := range x.sorted {
		if gone != nil {
			if _, ok := gone[s]; ok {
				continue
			}
		}
		for i < len(add) && before(add[i], s) {
			merged = append(merged, add[i])
			i++
		}
		merged = append(merged, s)
	}
	merged = append(merged, add[i:]...)
	x.sorted = merged
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
	markets  []order.Marketplace
	statuses []order.Status
	findings []order.FindingCode
	blocked  bool
	words    []string
}

func compileFilter(f Filter) matcher {
	m := matcher{markets: f.Markets, statuses: f.Statuses, findings: f.Findings, blocked: f.BlockedOnly}
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		// A phone or id typed with separators ("010-1234-5678") matches the stored digits.
		if d := phoneDigits(w); len(d) >= 3 && strings.Trim(w, "0123456789-. ()") == "" {
			w = d
		}
		m.words = append(m.words, w)
	}
	return m
}

func (m *matcher) match(s *Summary) bool {
	if m.blocked && !s.Blocked {
		return false
	}
	if len(m.markets) > 0 && !slices.Contains(m.markets, s.Market) {
		return false
	}
	if len(m.statuses) > 0 && !slices.Contains(m.statuses, s.Status) {
		return false
	}
	if len(m.findings) > 0 {
		found := false
		for _, c := range s.Findings {
			if slices.Contains(m.findings, c) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, w := range m.words {
		if !strings.Contains(s.search, w) {
			return false
		}
	}
	return true
}

// firstPaidBefore is the index of the first summary whose PaidAt is before t.
func (x *index) firstPaidBefore(t time.Time) int {
	return sort.Search(len(x.sorted), func(i int) bool { return x.sorted[i].PaidAt.Before(t) })
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
			keys = append(keys, x.sorted[i].Key)
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
	countOnly := len(m.words) == 0 && len(f.Findings) == 0 && !f.BlockedOnly && f.From.IsZero() && f.To.IsZero()
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
		sum := x.sorted[i]
		if !m.match(sum) {
			continue
		}
		if seen >= offset && len(page.Items) < limit {
			item := *sum
			item.search = ""
			page.Items = append(page.Items, item)
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
