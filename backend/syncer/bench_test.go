package syncer

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
)

// BenchmarkNaverSync10k syncs 10,000 new product orders from the simulator on loopback with the
// limits off. Target: ≤ 10 s per op on 2 cores; calls = the lower bound (reported).
func BenchmarkNaverSync10k(b *testing.B) { benchNaver(b, 10000, false) }

// BenchmarkNaverSyncPaced syncs with Naver's realistic 2 calls/s (simulator and client): the wall
// time should be within 10 % of calls ÷ rate (reported as paced-ratio).
func BenchmarkNaverSyncPaced(b *testing.B) { benchNaver(b, 1500, true) }

func benchNaver(b *testing.B, n int, paced bool) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		cfg := naversim.Config{NoRateLimit: !paced}
		if paced {
			cfg.Clock = time.Now
		}
		rig := newNaverRig(b, cfg)
		rig.sim.AddOrders(n)
		st := openStore(b, b.TempDir())
		e := newEngine(b, st, nil, rig.clk)
		var src *NaverSource
		if paced {
			var err error
			client := naverClient(b, rig.srv.URL+"/external", testNaverSecret, naver.WithClock(rig.clk.Now))
			src, err = NewNaver(NaverConfig{Client: client})
			require.NoError(b, err)
			// the token first, so the measure is the order reads
			require.NoError(b, client.CheckAccess(ctx))
			time.Sleep(time.Second) // let the client's bucket refill
		} else {
			src = rig.source(b, st)
		}
		calls0 := src.Calls()
		b.StartTimer()
		start := time.Now()
		res := e.Run(ctx, src)
		took := time.Since(start)
		b.StopTimer()
		require.NoError(b, res.Err)
		require.Equal(b, n, res.Added)
		calls := int(src.Calls() - calls0)
		feed := rig.sim.Calls()[naversim.EndpointChangedStatuses]
		query := rig.sim.Calls()[naversim.EndpointQuery]
		b.ReportMetric(float64(calls), "calls/op")
		// the token (read before the measure when paced), 2 empty older windows of the 3-day
		// look-back, then the pages and the queries
		token := 1
		if paced {
			token = 0
		}
		b.ReportMetric(float64(token+2+ceilDiv(n, 300)+ceilDiv(n, 300)), "lowerbound-calls/op")
		b.ReportMetric(float64(feed), "feed-calls/op")
		b.ReportMetric(float64(query), "query-calls/op")
		if paced {
			// Naver paces each API on its own (2/s, a bucket of 2 that starts full): the feed and the
			// query run side by side in time, so the bound is the busier API's calls ÷ 2/s
			bound := float64(max(feed, query)-2) / 2
			b.ReportMetric(took.Seconds()/bound, "paced-ratio")
		}
		b.StartTimer()
	}
}

// BenchmarkCoupangSync10k syncs 10,000 new boxes from the simulator with the limits off
// (a first, slow run: four statuses, five claim lists and the withdrawals).
func BenchmarkCoupangSync10k(b *testing.B) { benchCoupang(b, 10000, false) }

// BenchmarkCoupangSyncPaced syncs at the client's 5 calls/s against the simulator's 10/s limit.
func BenchmarkCoupangSyncPaced(b *testing.B) { benchCoupang(b, 1000, true) }

func benchCoupang(b *testing.B, n int, paced bool) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		rig := newCoupangRig(b, func(c *coupangsim.Config) {
			c.InitialOrders = 0
			if paced {
				c.RateLimit = 10
			}
		})
		rig.sim.AddOrders(n)
		st := openStore(b, b.TempDir())
		e := newEngine(b, st, nil, nil)
		var src *CoupangSource
		if paced {
			var err error
			src, err = NewCoupang(CoupangConfig{Client: coupangClient(b, rig.cfg, rig.srv.URL, coupang.WithRateLimit(5, 1))})
			require.NoError(b, err)
		} else {
			src = rig.source(b)
		}
		b.StartTimer()
		start := time.Now()
		res := e.Run(ctx, src)
		took := time.Since(start)
		b.StopTimer()
		require.NoError(b, res.Err)
		require.Equal(b, n, res.Added)
		calls := int(src.Calls())
		b.ReportMetric(float64(calls), "calls/op")
		b.ReportMetric(float64(ceilDiv(n, 50)+3+5+1+1), "lowerbound-calls/op") // statuses, claim lists, exchanges, withdrawals
		if paced {
			b.ReportMetric(took.Seconds()/(float64(calls-1)/5), "paced-ratio")
		}
		b.StartTimer()
	}
}
