package store_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// bruteOrder is the list order, evaluated on the shipments themselves: newest payment first,
// then key; unpaid last.
func bruteOrder(a, b *order.Shipment) int {
	switch {
	case a.PaidAt.IsZero() != b.PaidAt.IsZero():
		if a.PaidAt.IsZero() {
			return 1
		}
		return -1
	}
	if c := b.PaidAt.Compare(a.PaidAt); c != 0 {
		return c
	}
	return strings.Compare(a.Key(), b.Key())
}

// bruteKey is a column's value of a shipment in its natural direction, as a string or a number;
// ok is false when the shipment has none.
func bruteCompare(by store.SortBy, a, b *order.Shipment) (c int, aMissing, bMissing bool) {
	idx := func(xs []order.Status, s order.Status) int { return slices.Index(xs, s) }
	lineName := func(s *order.Shipment) string {
		if len(s.Lines) == 0 {
			return ""
		}
		l := s.Lines[0]
		return strings.ToLower(l.ProductName + "\x00" + l.OptionName + "\x00" + l.ExposedName + "\x00" + l.SellerCode)
	}
	switch by {
	case store.SortDue:
		return a.ShipBy.Compare(b.ShipBy), a.ShipBy.IsZero(), b.ShipBy.IsZero()
	case store.SortReceiver:
		an, bn := strings.ToLower(a.Receiver.Name), strings.ToLower(b.Receiver.Name)
		return strings.Compare(an, bn), an == "", bn == ""
	case store.SortProduct:
		return strings.Compare(lineName(a), lineName(b)), len(a.Lines) == 0, len(b.Lines) == 0
	case store.SortMarket:
		return cmp.Compare(slices.Index(order.AllMarketplaces(), a.Marketplace), slices.Index(order.AllMarketplaces(), b.Marketplace)), false, false
	case store.SortStatus:
		return cmp.Compare(idx(order.AllStatuses(), a.Status), idx(order.AllStatuses(), b.Status)), false, false
	}
	return b.PaidAt.Compare(a.PaidAt), a.PaidAt.IsZero(), b.PaidAt.IsZero()
}

// bruteSort sorts shipments the way Filter.Sort, Reverse and HeldFirst promise.
func bruteSort(all []order.Shipment, f store.Filter) []string {
	by := f.Sort
	if by == "" {
		by = store.SortPaid
	}
	sorted := slices.Clone(all)
	slices.SortStableFunc(sorted, func(a, b order.Shipment) int {
		if f.HeldFirst && a.Held() != b.Held() {
			if a.Held() {
				return -1
			}
			return 1
		}
		c, am, bm := bruteCompare(by, &a, &b)
		switch {
		case am && bm:
			c = 0
		case am:
			return 1
		case bm:
			return -1
		case f.Reverse:
			c = -c
		}
		if c != 0 {
			return c
		}
		return bruteOrder(&a, &b)
	})
	keys := make([]string, len(sorted))
	for i := range sorted {
		keys[i] = sorted[i].Key()
	}
	return keys
}

// TestListSortsLikeBruteForce sorts generated shipments by every column, both ways and with the
// held ones first, and compares with a direct sort of the shipments — also after changes that
// move shipments and after the index is saved and read back.
func TestListSortsLikeBruteForce(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	n := 5000 // more than a page's selection needs (a window of a long list is selected, not sorted whole)
	if testing.Short() {
		n = 700
	}
	latest := map[string]order.Shipment{}
	apply := func(recs []store.Record) {
		t.Helper()
		_, err := s.Apply(ctx, store.Batch{Records: recs}, nil)
		require.NoError(t, err)
		for _, r := range recs {
			latest[r.Shipment.Key()] = r.Shipment
		}
	}
	apply(storetest.Range(11, 0, n))
	// Later syncs: a moved deadline, a receiver with a long name (ties on the first 16 bytes), an
	// empty name, a box without a deadline, a box without lines' names sorting first.
	var changed []store.Record
	for i := 0; i < n; i += 37 {
		r := storetest.Record(11, i)
		switch i % 5 {
		case 0:
			r.Shipment.ShipBy = r.Shipment.ShipBy.Add(48 * time.Hour)
		case 1:
			r.Shipment.Receiver.Name = "주식회사 셀러데스크 물류센터 " + fmt.Sprint(i%3)
		case 2:
			r.Shipment.Receiver.Name = ""
		case 3:
			r.Shipment.ShipBy = time.Time{}
		case 4:
			r.Shipment.PaidAt = time.Time{}
		}
		changed = append(changed, r)
	}
	apply(changed)

	check := func(t *testing.T) {
		all := make([]order.Shipment, 0, len(latest))
		for _, sh := range latest {
			all = append(all, sh)
		}
		for _, by := range append(store.SortColumns(), "") {
			for _, reverse := range []bool{false, true} {
				for _, held := range []bool{false, true} {
					f := store.Filter{Sort: by, Reverse: reverse, HeldFirst: held}
					t.Run(fmt.Sprintf("%s reverse=%v held=%v", by, reverse, held), func(t *testing.T) {
						want := bruteSort(all, f)
						keys, err := s.Keys(ctx, f)
						require.NoError(t, err)
						require.Equal(t, want, keys)
						for _, off := range []int{0, 1234, len(want) - 70} {
							f.Offset, f.Limit = off, 100
							page, err := s.List(ctx, f)
							require.NoError(t, err)
							assert.Equal(t, len(want), page.Total)
							var got []string
							for _, it := range page.Items {
								got = append(got, it.Key)
							}
							assert.Equal(t, want[off:min(off+100, len(want))], got, "page at %d", off)
						}
					})
				}
			}
		}
	}
	check(t)
	require.NoError(t, s.Close())
	s = openStore(t, s.Dir(), nil)
	t.Run("after reopening", check)
}

// The new filters, each against a direct evaluation: a 발송기한 before a time, not yet on a
// shipping-list print, a write problem; and a tracking number is found by search.
func TestListDeadlinePrintAndProblemFilters(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	recs := storetest.Range(12, 0, 1500)
	_, err := s.Apply(ctx, store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	toShip := []order.Status{order.StatusPaid, order.StatusAcknowledged}
	cut := recs[700].Shipment.ShipBy
	tests := []struct {
		name string
		f    store.Filter
		keep func(sh *order.Shipment) bool
	}{
		{"due before, to ship", store.Filter{DueBefore: cut, Statuses: toShip},
			func(sh *order.Shipment) bool {
				return sh.Status.ToShip() && !sh.ShipBy.IsZero() && sh.ShipBy.Before(cut)
			}},
		{"not on a shipping list yet", store.Filter{Unprinted: true, Statuses: toShip},
			func(sh *order.Shipment) bool {
				return sh.Status.ToShip() && (sh.Printed == nil || sh.Printed.Batch == "")
			}},
		{"a write that did not go through", store.Filter{WriteProblem: true},
			func(sh *order.Shipment) bool { return sh.WriteProblem != nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			all := make([]order.Shipment, 0, len(recs))
			for _, r := range recs {
				all = append(all, r.Shipment)
			}
			for _, k := range bruteSort(all, store.Filter{}) {
				sh := recs[slices.IndexFunc(recs, func(r store.Record) bool { return r.Shipment.Key() == k })].Shipment
				if tt.keep(&sh) {
					want = append(want, k)
				}
			}
			require.NotEmpty(t, want)
			keys, err := s.Keys(ctx, tt.f)
			require.NoError(t, err)
			assert.Equal(t, want, keys)
			page, err := s.List(ctx, tt.f)
			require.NoError(t, err)
			assert.Equal(t, len(want), page.Total)
		})
	}
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	problems := 0
	for _, r := range recs {
		if r.Shipment.WriteProblem != nil {
			problems++
		}
	}
	assert.Equal(t, problems, page.Counts.WriteProblems)

	// Search finds a tracking number, typed plain or with dashes.
	var shipped order.Shipment
	for _, r := range recs {
		if r.Shipment.TrackingNumber != "" {
			shipped = r.Shipment
			break
		}
	}
	require.NotEmpty(t, shipped.TrackingNumber)
	tn := shipped.TrackingNumber
	for _, q := range []string{tn, tn[:4] + "-" + tn[4:8] + "-" + tn[8:]} {
		keys, err := s.Keys(ctx, store.Filter{Text: q})
		require.NoError(t, err)
		assert.Contains(t, keys, shipped.Key(), q)
	}
	page, err = s.List(ctx, store.Filter{Text: tn})
	require.NoError(t, err)
	require.NotEmpty(t, page.Items)
	it := page.Items[slices.IndexFunc(page.Items, func(s store.Summary) bool { return s.Key == shipped.Key() })]
	assert.Equal(t, tn, it.TrackingNumber)
	assert.Equal(t, shipped.Courier, it.Courier)
	assert.True(t, shipped.ShipBy.Equal(it.ShipBy))
}
