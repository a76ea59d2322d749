// Command bench builds a SellerDesk store of realistic shipments in a temporary folder and
// measures what the seller feels: ingest rate, the filtered first page, text search, open + first
// page, and the peak memory of the process. It prints a Markdown table.
//
//	go run ./backend/bench [-n 100000]
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
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
	openOnly := flag.String("open-only", "", "internal: open the store in this folder, list the first page, print the result as JSON")
	flag.Parse()
	if *openOnly != "" {
		if err := openFirstPage(context.Background(), os.Stdout, *openOnly); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
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
	scanMed, err := median(ctx, s, store.Filter{BlockedOnly: true}, 21)
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

	ingestRSS, rssOK := peakRSS()

	// Open + first page runs in a fresh process, as when the seller starts SellerDesk; its peak
	// memory is measured apart from the ingest above.
	opened, err := openInChild(ctx, dir)
	if err != nil {
		return err
	}
	if opened.Total != n {
		return fmt.Errorf("store holds %d shipments after reopen, want %d", opened.Total, n)
	}
	openFirst := time.Duration(opened.Nanos)

	rows := []row{
		{"ingest (Apply, batches of " + fmt.Sprint(batch) + ")", "≥ 20,000 shipments/s", fmt.Sprintf("%.0f shipments/s", rate), rate >= 20000},
		{"filtered first page (naver, 신규주문+발주확인)", "≤ 20 ms", ms(listMed), listMed <= 20*time.Millisecond},
		{"filtered first page, full scan (blocked only)", "≤ 20 ms", ms(scanMed), scanMed <= 20*time.Millisecond},
		{"text search (\"김민\")", "≤ 100 ms", ms(searchMed), searchMed <= 100*time.Millisecond},
		{"open + first page (fresh process)", "≤ 1 s", ms(openFirst), openFirst <= time.Second},
	}
	rows = append(rows,
		rssRow("peak RSS, ingest process (generate + Apply + list)", ingestRSS, rssOK),
		rssRow("peak RSS, fresh process (open + first page)", opened.RSS, opened.RSSOK))
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

func rssRow(metric string, rss int64, ok bool) row {
	if !ok {
		return row{metric, "≤ 200 MB", "not measurable on this OS", false}
	}
	return row{metric, "≤ 200 MB", fmt.Sprintf("%.1f MB", float64(rss)/(1<<20)), rss <= 200<<20}
}

// opened is what the -open-only child reports.
type opened struct {
	Nanos int64 `json:"nanos"`
	Total int   `json:"total"`
	RSS   int64 `json:"rss"`
	RSSOK bool  `json:"rssOk"`
}

func openFirstPage(ctx context.Context, w io.Writer, dir string) error {
	t0 := time.Now()
	s, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		return err
	}
	page, err := s.List(ctx, store.Filter{})
	d := time.Since(t0)
	if err != nil {
		_ = s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	rss, ok := peakRSS()
	return json.NewEncoder(w).Encode(opened{Nanos: d.Nanoseconds(), Total: page.Counts.Total, RSS: rss, RSSOK: ok})
}

func openInChild(ctx context.Context, dir string) (opened, error) {
	exe, err := os.Executable()
	if err != nil {
		return opened{}, err
	}
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, exe, "-open-only", dir)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return opened{}, fmt.Errorf("open in a fresh process: %w: %s", err, errb.String())
	}
	var o opened
	if err := json.Unmarshal(out.Bytes(), &o); err != nil {
		return opened{}, fmt.Errorf("open in a fresh process: %w", err)
	}
	return o, nil
}
