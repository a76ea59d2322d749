package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// BenchmarkListSorted is the board's first page sorted by each column over 100k shipments (target
// ≤ 50 ms each), both directions, and the 오늘 할 일 view (to ship, due before a time, held first).
func BenchmarkListSorted(b *testing.B) {
	s, _ := openBenchStore(b)
	defer s.Close()
	ctx := context.Background()
	for _, by := range store.SortColumns() {
		for _, reverse := range []bool{false, true} {
			name := string(by)
			if reverse {
				name += "-reverse"
			}
			b.Run(name, func(b *testing.B) {
				cpu0 := cpuTime()
				for b.Loop() {
					p, err := s.List(ctx, store.Filter{Sort: by, Reverse: reverse, Limit: 200})
					require.NoError(b, err)
					require.Len(b, p.Items, 200)
				}
				reportCPU(b, cpu0)
			})
		}
	}
	b.Run("today", func(b *testing.B) {
		p, err := s.List(ctx, store.Filter{Limit: 1})
		require.NoError(b, err)
		due := p.Items[0].ShipBy
		cpu0 := cpuTime()
		for b.Loop() {
			p, err := s.List(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged},
				DueBefore: due, Sort: store.SortDue, HeldFirst: true, Limit: 200})
			require.NoError(b, err)
			require.NotEmpty(b, p.Items)
		}
		reportCPU(b, cpu0)
	})
}

// reportCPU adds the CPU milliseconds per operation (all threads: the page is decoded on every
// core), which a loaded machine inflates far less than the wall time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}
