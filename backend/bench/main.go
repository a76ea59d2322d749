// Command bench builds a SellerDesk store of realistic shipments in a temporary folder and
// measures what the seller feels: ingest rate, the filtered first page, text search, open + first
// page, and the peak memory of the process. It prints a Markdown table.
//
//	go run ./backend/bench [-n 100000]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func main() {
	n := flag.Int("n", 100000, "number of shipments")
	batch := flag.Int("batch", 500, "records per Apply")
	seed := flag.Int64("seed", 1, "generator seed")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *n, *batch, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type row struct {
	metric, target, measured string
	ok                       bool
}

func run(ctx context.Context, w io.Writer, n, batch int, seed int64) error {
	dir, err := os.MkdirTemp("", "sellerdesk-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	s, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		return err
	}
	var ingest time.Duration
	for start := 0; start < n; start += batch {
		recs := storetest.Range(seed, start, min(batch, n-start))
		t0 := time.Now()
		if _, err := s.Apply(ctx, store.Batch{Records: recs}, nil); err != nil {
			_ = s.Close()
			return err
		}
		ingest += time.Since(t0)
	}
	rate := float64(n) / ingest.Seconds()

	filtered := store.Filter{Markets: []order.Marketplace{order.Naver}, Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}}
	listMed, err := median(ctx, s, filtered, 21)
	if err != nil {
		_ = s.Close()
		return err
	}
	searchMed, err := median(ctx, s, store.Filter{Text: "김민"}, 21)
	if err != nil {
		_ = s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	fi, err := os.Stat(s.Path())
	if err != nil {
		return err
	}

	t0 := time.Now()
	s, err = store.Open(ctx, dir, store.Options{})
	if err != nil {
		return err
	}
	page, err := s.List(ctx, store.Filter{})
	openFirst := time.Since(t0)
	if err != nil {
		_ = s.Close()
		return err
	}
	if page.Counts.Total != n {
		_ = s.Close()
		return fmt.Errorf("store holds %d shipments after reopen, want %d", page.Counts.Total, n)
	}
	if err := s.Close(); err != nil {
		return err
	}
	rss, rssOK := peakRSS()

	rows := []row{
		{"ingest (Apply, batches of " + fmt.Sprint(batch) + ")", "≥ 20,000 shipments/s", fmt.Sprintf("%.0f shipments/s", rate), rate >= 20000},
		{"filtered first page (naver, 신규주문+발주확인)", "≤ 20 ms", ms(listMed), listMed <= 20*time.Millisecond},
		{"text search (\"김민\")", "≤ 100 ms", ms(searchMed), searchMed <= 100*time.Millisecond},
		{"open + first page", "≤ 1 s", ms(openFirst), openFirst <= time.Second},
	}
	if rssOK {
		rows = append(rows, row{"peak RSS", "≤ 200 MB", fmt.Sprintf("%.0f MB", float64(rss)/(1<<20)), rss <= 200<<20})
	} else {
		rows = append(rows, row{"peak RSS", "≤ 200 MB", "not measurable on this OS", false})
	}
	fmt.Fprintf(w, "SellerDesk store bench: %d shipments, data file %.0f MB\n\n", n, float64(fi.Size())/(1<<20))
	fmt.Fprintln(w, "| metric | target | measured | ok |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, r := range rows {
		ok := "no"
		if r.ok {
			ok = "yes"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.metric, r.target, r.measured, ok)
	}
	return nil
}

func median(ctx context.Context, s *store.Store, f store.Filter, runs int) (time.Duration, error) {
	ds := make([]time.Duration, runs)
	for i := range ds {
		t0 := time.Now()
		if _, err := s.List(ctx, f); err != nil {
			return 0, err
		}
		ds[i] = time.Since(t0)
	}
	slices.Sort(ds)
	return ds[runs/2], nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
