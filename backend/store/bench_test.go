package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

const benchShipments = 100_000

// fillStore applies n generated shipments in batches of 500.
func fillStore(tb testing.TB, s *store.Store, n int) {
	tb.Helper()
	ctx := context.Background()
	for start := 0; start < n; start += 500 {
		_, err := s.Apply(ctx, store.Batch{Records: storetest.Range(1, start, min(500, n-start))}, nil)
		require.NoError(tb, err)
	}
}

func openBenchStore(b *testing.B) (*store.Store, string) {
	b.Helper()
	dir := b.TempDir()
	s, err := store.Open(context.Background(), dir, store.Options{})
	require.NoError(b, err)
	fillStore(b, s, benchShipments)
	return s, dir
}

// BenchmarkApply100k ingests 100k shipments through Apply in batches of 500 (target ≥ 20,000/s).
func BenchmarkApply100k(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(ctx, b.TempDir(), store.Options{})
		require.NoError(b, err)
		for start := 0; start < benchShipments; start += 500 {
			recs := storetest.Range(1, start, 500)
			b.StartTimer()
			_, err := s.Apply(ctx, store.Batch{Records: recs}, nil)
			b.StopTimer()
			require.NoError(b, err)
		}
		require.NoError(b, s.Close())
		b.StartTimer()
	}
	b.ReportMetric(float64(benchShipments)*float64(b.N)/b.Elapsed().Seconds(), "shipments/s")
}

// BenchmarkListFiltered is the first page of filters over 100k (target ≤ 20 ms): marketplace +
// status (totals from counters), and filters that scan every shipment.
func BenchmarkListFiltered(b *testing.B) {
	s, _ := openBenchStore(b)
	defer s.Close()
	last30 := storetest.Base().Add(benchShipments*90*time.Second - 30*24*time.Hour)
	filters := []struct {
		name string
		f    store.Filter
	}{
		{"market+status", store.Filter{Markets: []order.Marketplace{order.Naver}, Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}}},
		{"blocked", store.Filter{BlockedOnly: true}},
		{"findings+status", store.Filter{Findings: []order.FindingCode{order.AddressChanged, order.ClaimOpen}, Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}}},
		{"last30days", store.Filter{From: last30, Statuses: []order.Status{order.StatusPaid}}},
	}
	ctx := context.Background()
	for _, tt := range filters {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				p, err := s.List(ctx, tt.f)
				require.NoError(b, err)
				require.NotEmpty(b, p.Items)
			}
		})
	}
}

// BenchmarkSearch is a text search over 100k (target ≤ 100 ms).
func BenchmarkSearch(b *testing.B) {
	s, _ := openBenchStore(b)
	defer s.Close()
	ctx := context.Background()
	for b.Loop() {
		p, err := s.List(ctx, store.Filter{Text: "김민"})
		require.NoError(b, err)
		require.NotEmpty(b, p.Items)
	}
}

// BenchmarkOpenFirstPage opens a 100k store and lists its first page (target ≤ 1 s).
func BenchmarkOpenFirstPage(b *testing.B) {
	s, dir := openBenchStore(b)
	require.NoError(b, s.Close())
	ctx := context.Background()
	for b.Loop() {
		s, err := store.Open(ctx, dir, store.Options{})
		require.NoError(b, err)
		p, err := s.List(ctx, store.Filter{})
		require.NoError(b, err)
		require.Equal(b, benchShipments, p.Total)
		require.NoError(b, s.Close())
	}
}
