package naver

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"sellerdesk/backend/marketsim/naversim"
)

// BenchmarkDecodeQueryFixture measures decoding one /query answer (6 product orders) and mapping it.
func BenchmarkDecodeQueryFixture(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "naver", "query_response.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		var data []ProductOrderDetail
		if err := decodeData(body, &data, false); err != nil {
			b.Fatal(err)
		}
		if _, err := ToOrders(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSyncFromSimulator measures a full feed + query sync of 3000 product orders from the
// simulator with its rate limit off (the real pace is Naver's 2 calls/s per API).
func BenchmarkSyncFromSimulator(b *testing.B) {
	sim := naversim.New(naversim.Config{ClientID: testClientID, ClientSecret: testClientSecret, Seed: 1, NoRateLimit: true})
	srv := httptest.NewServer(sim)
	defer srv.Close()
	start := time.Now().Add(-time.Second)
	for range 10 {
		sim.AddOrders(300)
	}
	c, err := New(testClientID, testClientSecret, WithBaseURL(srv.URL+"/external"), WithRateLimit(rate.Inf, 0))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	end := time.Now().Add(time.Second)
	for b.Loop() {
		var ids []string
		err := c.ChangedStatuses(ctx, start, end, 0, func(p ChangedStatusesPage) error {
			for _, s := range p.Statuses {
				ids = append(ids, string(s.ProductOrderID))
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		res, err := c.QueryProductOrders(ctx, ids)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Orders) != 3000 {
			b.Fatalf("got %d orders", len(res.Orders))
		}
	}
	b.ReportMetric(3000, "orders/op")
}
