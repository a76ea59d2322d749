package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// benchDesk opens the bound structs on n generated shipments (the board's target is 100,000).
func benchDesk(b *testing.B, n int) ui {
	b.Helper()
	a, err := New(context.Background(), Config{DataDir: filepath.Join(b.TempDir(), "data"), LockTimeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = a.Close() })
	for start := 0; start < n; start += 5000 {
		if _, err := a.Store().Apply(context.Background(), store.Batch{Records: storetest.Range(1, start, min(5000, n-start))}, nil); err != nil {
			b.Fatal(err)
		}
	}
	return uiOf(a)
}

// BenchmarkBoard100k measures what one board interaction costs on the Go side with 100,000
// shipments: the first page, a filter, a search, a deep page, and opening the drawer.
// Target: each list call well under 100 ms.
func BenchmarkBoard100k(b *testing.B) {
	d := benchDesk(b, 100_000)
	first, err := d.ListShipments(ShipmentQuery{Limit: 200})
	if err != nil || len(first.Rows) == 0 {
		b.Fatal(err)
	}
	key := first.Rows[0].Key
	queries := []struct {
		name string
		q    ShipmentQuery
	}{
		{"first-page", ShipmentQuery{Limit: 200}},
		{"filter-coupang-paid", ShipmentQuery{Markets: []string{"coupang"}, Statuses: []string{"PAID"}, Limit: 200}},
		{"filter-blocked", ShipmentQuery{BlockedOnly: true, Limit: 200}},
		{"search-product", ShipmentQuery{Text: "캐슈넛", Limit: 200}},
		{"search-phone", ShipmentQuery{Text: "2223", Limit: 200}},
		{"page-at-60000", ShipmentQuery{Offset: 60_000, Limit: 200}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := d.ListShipments(q.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("drawer", func(b *testing.B) {
		for b.Loop() {
			if _, err := d.GetShipment(key); err != nil {
				b.Fatal(err)
			}
		}
	})
}
