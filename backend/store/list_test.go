package store_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func TestListFiltersSearchAndPaging(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	day := func(d int) time.Time { return time.Date(2026, 10, d, 12, 0, 0, 0, order.KST()) }
	ships := []order.Shipment{
		ship(order.Naver, "n1", order.StatusPaid, day(1), receiver("김민준", "010-1111-2222"), product("유기농 현미", "5kg")),
		ship(order.Naver, "n2", order.StatusAcknowledged, day(2), receiver("이서연", "010-3333-4444"), product("제주 감귤", "3kg 로얄과"),
			finding(order.AddressChanged, order.Block, false)),
		ship(order.Coupang, "c3", order.StatusPaid, day(3), receiver("박도윤", "0502-5555-6666"), product("Bluetooth 이어폰", "색상: 블랙"),
			finding(order.BundleMultiplier, order.Warn, false), func(sh *order.Shipment) {
				sh.Lines[0].ExposedName = "무선 이어폰 블랙, 2개"
				sh.Lines = append(sh.Lines, order.Line{ProductName: "충전 케이블", Quantity: 2}, order.Line{ProductName: "파우치", Quantity: 1})
			}),
		ship(order.Coupang, "c4", order.StatusCanceled, day(3), receiver("최하은", "010-7777-8888"),
			finding(order.AddressChanged, order.Block, true)),
		ship(order.Naver, "n5", order.StatusDelivered, day(5), receiver("김서윤", "010-9999-0000"), product("구운 캐슈넛", "1개 160g")),
		ship(order.Naver, "n6", order.StatusPending, time.Time{}, receiver("정지호", "010-1212-3434")),
	}
	_, err := s.Apply(ctx, store.Batch{Records: records(ships...)}, nil)
	require.NoError(t, err)

	tests := []struct {
		name  string
		f     store.Filter
		want  []string
		total int
	}{
		{"everything, newest paid first, unpaid last, ties by key", store.Filter{}, []string{"naver/n5", "coupang/c3", "coupang/c4", "naver/n2", "naver/n1", "naver/n6"}, 6},
		{"market", store.Filter{Markets: []order.Marketplace{order.Coupang}}, []string{"coupang/c3", "coupang/c4"}, 2},
		{"statuses", store.Filter{Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}}, []string{"coupang/c3", "naver/n2", "naver/n1"}, 3},
		{"market and status", store.Filter{Markets: []order.Marketplace{order.Naver}, Statuses: []order.Status{order.StatusPaid}}, []string{"naver/n1"}, 1},
		{"open findings only", store.Filter{Findings: []order.FindingCode{order.ClaimOpen, order.BundleMultiplier}}, []string{"coupang/c3"}, 1},
		{"blocked only", store.Filter{BlockedOnly: true}, []string{"naver/n2"}, 1},
		{"paid from (inclusive)", store.Filter{From: day(3)}, []string{"naver/n5", "coupang/c3", "coupang/c4"}, 3},
		{"paid to (exclusive)", store.Filter{To: day(3)}, []string{"naver/n2", "naver/n1"}, 2},
		{"paid from..to", store.Filter{From: day(2), To: day(5)}, []string{"coupang/c3", "coupang/c4", "naver/n2"}, 3},
		{"empty range", store.Filter{From: day(5), To: day(2)}, nil, 0},
		{"Korean name substring", store.Filter{Text: "민준"}, []string{"naver/n1"}, 1},
		{"family name", store.Filter{Text: "김"}, []string{"naver/n5", "naver/n1"}, 2},
		{"phone with dashes", store.Filter{Text: "010-3333-4444"}, []string{"naver/n2"}, 1},
		{"phone digits", store.Filter{Text: "55556666"}, []string{"coupang/c3"}, 1},
		{"order id", store.Filter{Text: "On5"}, []string{"naver/n5"}, 1},
		{"shipment id", store.Filter{Text: "c4"}, []string{"coupang/c4"}, 1},
		{"option name", store.Filter{Text: "로얄과"}, []string{"naver/n2"}, 1},
		{"exposed name", store.Filter{Text: "무선 이어폰"}, []string{"coupang/c3"}, 1},
		{"case-insensitive Latin", store.Filter{Text: "BLUETOOTH"}, []string{"coupang/c3"}, 1},
		{"second line's product", store.Filter{Text: "충전"}, []string{"coupang/c3"}, 1},
		{"all words must match", store.Filter{Text: "김 캐슈넛"}, []string{"naver/n5"}, 1},
		{"no match", store.Filter{Text: "없는상품"}, nil, 0},
		{"text and market", store.Filter{Text: "김", Markets: []order.Marketplace{order.Coupang}}, nil, 0},
		{"page 2 of 2", store.Filter{Offset: 4, Limit: 4}, []string{"naver/n1", "naver/n6"}, 6},
		{"offset past the end", store.Filter{Offset: 10}, nil, 6},
		{"negative offset is the start", store.Filter{Offset: -3, Limit: 1}, []string{"naver/n5"}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.List(ctx, tt.f)
			require.NoError(t, err)
			var keys []string
			for _, it := range page.Items {
				keys = append(keys, it.Key)
			}
			assert.Equal(t, tt.want, keys)
			assert.Equal(t, tt.total, page.Total)
			// Counts are over the whole store, whatever the filter.
			assert.Equal(t, 6, page.Counts.Total)
			assert.Equal(t, 1, page.Counts.Blocked)
			assert.Equal(t, 1, page.Counts.Warned)
			assert.Equal(t, map[order.Marketplace]int{order.Naver: 4, order.Coupang: 2}, page.Counts.ByMarket)
			assert.Equal(t, map[order.Status]int{order.StatusPaid: 2, order.StatusAcknowledged: 1, order.StatusCanceled: 1,
				order.StatusDelivered: 1, order.StatusPending: 1}, page.Counts.ByStatus)
			assert.Equal(t, map[order.FindingCode]int{order.AddressChanged: 1, order.BundleMultiplier: 1}, page.Counts.ByFinding)
		})
	}

	page, err := s.List(ctx, store.Filter{Text: "박도윤"})
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	c3 := page.Items[0]
	assert.Equal(t, store.Summary{
		Key: "coupang/c3", Market: order.Coupang, ID: "c3", OrderID: "Oc3", Status: order.StatusPaid, MarketStatus: "ACCEPT",
		PaidAt: day(3), ReceiverName: "박도윤", Phone: "0502-5555-6666", Product: "Bluetooth 이어폰 / 색상: 블랙 외 2건",
		Units: 4, Lines: 3, Findings: []order.FindingCode{order.BundleMultiplier}, Warned: true,
	}, c3)
}

func TestListLimits(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	_, err := s.Apply(ctx, store.Batch{Records: storetest.Shipments(7, store.MaxLimit+50)}, nil)
	require.NoError(t, err)
	for _, tt := range []struct{ limit, want int }{{0, store.DefaultLimit}, {-1, store.DefaultLimit}, {5, 5}, {store.MaxLimit + 10, store.MaxLimit}} {
		page, err := s.List(ctx, store.Filter{Limit: tt.limit})
		require.NoError(t, err)
		assert.Len(t, page.Items, tt.want, "limit %d", tt.limit)
		assert.Equal(t, store.MaxLimit+50, page.Total)
	}
}

// TestListMatchesBruteForce checks the index against a direct evaluation of the filters over the
// generated shipments, after several batches that also change earlier shipments.
func TestListMatchesBruteForce(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	n := 3000
	if testing.Short() {
		n = 800
	}
	latest := map[string]order.Shipment{}
	for start := 0; start < n; start += 500 {
		recs := storetest.Range(3, start, min(500, n-start))
		// Re-send some earlier shipments with a new status, as a later sync would.
		for i := 0; i < start; i += 97 {
			r := storetest.Record(3, i)
			r.Shipment.Status = order.StatusDelivered
			if i%2 == 0 {
				// A corrected payment time moves the shipment in the list order.
				r.Shipment.PaidAt = r.Shipment.PaidAt.Add(time.Duration(i%7-3) * 24 * time.Hour)
			}
			recs = append(recs, r)
		}
		_, err := s.Apply(ctx, store.Batch{Records: recs}, nil)
		require.NoError(t, err)
		for _, r := range recs {
			latest[r.Shipment.Key()] = r.Shipment
		}
	}
	all := make([]order.Shipment, 0, len(latest))
	for _, sh := range latest {
		all = append(all, sh)
	}
	slices.SortFunc(all, func(a, b order.Shipment) int {
		if c := b.PaidAt.Compare(a.PaidAt); c != 0 {
			return c
		}
		return strings.Compare(a.Key(), b.Key())
	})
	openCodes := func(sh *order.Shipment) []order.FindingCode {
		var out []order.FindingCode
		for _, f := range sh.Findings {
			if f.Resolution == nil && !slices.Contains(out, f.Code) {
				out = append(out, f.Code)
			}
		}
		return out
	}
	from := storetest.Base().Add(time.Duration(n/4) * 90 * time.Second)
	to := storetest.Base().Add(time.Duration(n/2) * 90 * time.Second)
	tests := []struct {
		name string
		f    store.Filter
		keep func(sh *order.Shipment) bool
	}{
		{"coupang to ship", store.Filter{Markets: []order.Marketplace{order.Coupang}, Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}},
			func(sh *order.Shipment) bool { return sh.Marketplace == order.Coupang && sh.Status.ToShip() }},
		{"blocked", store.Filter{BlockedOnly: true}, func(sh *order.Shipment) bool { return sh.Held() }},
		{"address changed", store.Filter{Findings: []order.FindingCode{order.AddressChanged}},
			func(sh *order.Shipment) bool { return slices.Contains(openCodes(sh), order.AddressChanged) }},
		{"paid window", store.Filter{From: from, To: to},
			func(sh *order.Shipment) bool { return !sh.PaidAt.Before(from) && sh.PaidAt.Before(to) }},
		{"name", store.Filter{Text: "김민"}, func(sh *order.Shipment) bool { return strings.Contains(sh.Receiver.Name, "김민") }},
		{"product and delivered", store.Filter{Text: "텀블러", Statuses: []order.Status{order.StatusDelivered}}, func(sh *order.Shipment) bool {
			if sh.Status != order.StatusDelivered {
				return false
			}
			for _, l := range sh.Lines {
				if strings.Contains(l.ProductName+l.OptionName+l.ExposedName, "텀블러") {
					return true
				}
			}
			return false
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for i := range all {
				if tt.keep(&all[i]) {
					want = append(want, all[i].Key())
				}
			}
			require.NotEmpty(t, want, "the generator should produce matches for this filter")
			tt.f.Limit = store.MaxLimit
			var got []string
			for off := 0; ; off += store.MaxLimit {
				tt.f.Offset = off
				page, err := s.List(ctx, tt.f)
				require.NoError(t, err)
				require.Equal(t, len(want), page.Total)
				require.Equal(t, len(latest), page.Counts.Total)
				for _, it := range page.Items {
					got = append(got, it.Key)
				}
				if len(page.Items) < store.MaxLimit {
					break
				}
			}
			assert.Equal(t, want, got)
			keys, err := s.Keys(ctx, tt.f)
			require.NoError(t, err)
			assert.Equal(t, want, keys)
		})
	}

	// The index loaded from disk equals the index kept up to date in memory.
	before, err := s.Keys(ctx, store.Filter{})
	require.NoError(t, err)
	beforePage, err := s.List(ctx, store.Filter{Limit: store.MaxLimit})
	require.NoError(t, err)
	require.NoError(t, s.Close())
	s = openStore(t, s.Dir(), nil)
	after, err := s.Keys(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, before, after)
	afterPage, err := s.List(ctx, store.Filter{Limit: store.MaxLimit})
	require.NoError(t, err)
	assert.Equal(t, beforePage.Counts, afterPage.Counts)
	require.Equal(t, len(beforePage.Items), len(afterPage.Items))
	for i := range beforePage.Items {
		b, a := beforePage.Items[i], afterPage.Items[i]
		assert.True(t, b.PaidAt.Equal(a.PaidAt))
		b.PaidAt, a.PaidAt = time.Time{}, time.Time{}
		assert.Equal(t, b, a)
	}
}

func TestReadersDuringApply(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	const batches, size = 8, 100
	var wg sync.WaitGroup
	done := make(chan struct{})
	errs := make(chan error, 4)
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for {
				select {
				case <-done:
					return
				default:
				}
				page, err := s.List(ctx, store.Filter{Text: []string{"김", "010", ""}[r]})
				if err != nil {
					errs <- err
					return
				}
				// Batches commit whole: the store only ever holds whole batches, and grows.
				if page.Counts.Total%size != 0 || page.Counts.Total < last {
					errs <- assert.AnError
					return
				}
				last = page.Counts.Total
				for _, it := range page.Items[:min(3, len(page.Items))] {
					if _, err := s.Shipment(ctx, it.Key); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	for b := range batches {
		_, err := s.Apply(ctx, store.Batch{
			Records: storetest.Range(5, b*size, size),
			Cursors: []store.Cursor{{Market: order.Naver, Name: "n", Value: string(rune('a' + b))}},
		}, nil)
		require.NoError(t, err)
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, batches*size, page.Counts.Total)
}

func TestListFindingCodesTheIndexDoesNotKnow(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	const newCheck order.FindingCode = "PRICE_CHANGED"
	_, err := s.Apply(ctx, store.Batch{Records: records(
		ship(order.Naver, "1", order.StatusPaid, paid, finding(newCheck, order.Warn, false)),
		ship(order.Naver, "2", order.StatusPaid, paid, finding(order.ClaimOpen, order.Block, false)),
		ship(order.Naver, "3", order.StatusPaid, paid),
	)}, nil)
	require.NoError(t, err)
	for _, tt := range []struct {
		codes []order.FindingCode
		want  []string
	}{
		{[]order.FindingCode{newCheck}, []string{"naver/1"}},
		{[]order.FindingCode{newCheck, order.ClaimOpen}, []string{"naver/1", "naver/2"}},
		{[]order.FindingCode{"NO_SUCH_CHECK"}, nil},
	} {
		keys, err := s.Keys(ctx, store.Filter{Findings: tt.codes})
		require.NoError(t, err)
		assert.Equal(t, tt.want, keys, "%v", tt.codes)
	}
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, map[order.FindingCode]int{newCheck: 1, order.ClaimOpen: 1}, page.Counts.ByFinding)
}
