// Command bench builds SellerDesk stores of realistic shipments in temporary folders and measures
// what the seller feels: ingest rate, filtered first pages, text search, open + first page in a
// fresh process, the peak memory of the ingesting and of a fresh process, and the data file's
// size. It prints one Markdown table with a column per store size; each size is built and
// measured in its own process, so no figure carries memory of another. Like the app's doors, it
// runs with store.GCPercent.
//
//	go run ./backend/bench                       # 100,000 shipments
//	go run ./backend/bench -n 100000,1000000     # the README table
//	go run ./backend/bench -open DIR             # open an existing data folder (migrates it)
//	go run ./backend/bench -names-only           # only the option-name check's throughput
//
// After the store table it measures the option-name check: pairs per CPU second with one reused
// check.Matcher over every labelled table in testdata/check (-names), against the target of
// 100,000; without the tables it says so and skips that line.
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
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func main() {
	ns := flag.String("n", "100000", "store sizes, comma-separated")
	batch := flag.Int("batch", 500, "records per Apply")
	seed := flag.Int64("seed", 1, "generator seed")
	open := flag.String("open", "", "open this data folder (migrating it if it is older), list the first page and report")
	one := flag.Int("one", 0, "internal: build and measure one store of this size, print JSON")
	openOnly := flag.String("open-only", "", "internal: open the store in this folder, list the first page, print JSON")
	checkOnly := flag.String("check-only", "", "internal: check the data file in this folder completely (store.VerifyFile), print JSON")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of this process to the file")
	names := flag.String("names", filepath.Join("testdata", "check"), "folder of the labelled option-name tables (option_names*.tsv); \"\" skips the option-name check")
	namesCPU := flag.Duration("names-cpu", 3*time.Second, "CPU time to spend on the option-name check")
	namesOnly := flag.Bool("names-only", false, "measure only the option-name check")
	flag.Parse()
	// The same garbage collector setting as the app's doors (see store.GCPercent).
	store.SetGCPercent()
	ctx := context.Background()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	var err error
	switch {
	case *openOnly != "":
		err = openFirstPage(ctx, os.Stdout, *openOnly)
	case *checkOnly != "":
		err = checkFile(ctx, os.Stdout, *checkOnly)
	case *one > 0:
		err = measureOne(ctx, os.Stdout, *one, *batch, *seed)
	case *open != "":
		err = openExisting(ctx, os.Stdout, *open)
	case *namesOnly:
		printNames(os.Stdout, *names, *namesCPU)
	default:
		err = run(ctx, os.Stdout, *ns, *batch, *seed)
		if err == nil && *names != "" {
			printNames(os.Stdout, *names, *namesCPU)
		}
	}
	if err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// result is one store size's measurements (milliseconds, bytes, shipments per second).
type result struct {
	N            int                `json:"n"`
	Rate         float64            `json:"rate"`
	Filters      map[string]float64 `json:"filters"`
	Open         float64            `json:"open"`
	FreshRSS     int64              `json:"freshRss"`
	IngestRSS    int64              `json:"ingestRss"`
	FileBytes    int64              `json:"fileBytes"`
	IndexBytes   int64              `json:"indexBytes"`
	CloseMs      float64            `json:"closeMs"`
	CheckMs      float64            `json:"checkMs"`
	CheckRSS     int64              `json:"checkRss"`
	RSSMeasured  bool               `json:"rssMeasured"`
	FreshMatches bool               `json:"freshMatches"`
}

// filterCase is one measured List call; the names are the table's rows.
type filterCase struct {
	name   string
	target float64
	f      func(n int) store.Filter
}

func filterCases() []filterCase {
	cases := []filterCase{
		{"filtered first page, counters (네이버, 신규주문+발주확인)", 20, func(int) store.Filter {
			return store.Filter{Markets: []order.Marketplace{order.Naver}, Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}}
		}},
		{"filtered first page, full scan (보류만)", 20, func(int) store.Filter { return store.Filter{BlockedOnly: true} }},
		{"filtered first page, full scan (검수: 주소 변경·클레임 + 신규주문·발주확인)", 20, func(int) store.Filter {
			return store.Filter{Findings: []order.FindingCode{order.AddressChanged, order.ClaimOpen}, Statuses: []order.Status{order.StatusPaid, order.StatusAcknowledged}}
		}},
		{"filtered first page, date range (last 30 days, 신규주문)", 20, func(n int) store.Filter {
			return store.Filter{From: storetest.Base().Add(time.Duration(n)*90*time.Second - 30*24*time.Hour), Statuses: []order.Status{order.StatusPaid}}
		}},
		{"deep page (쿠팡, offset at 60 %)", 20, func(n int) store.Filter {
			return store.Filter{Markets: []order.Marketplace{order.Coupang}, Offset: n * 4 / 10 * 6 / 10}
		}},
		{"text search, name (\"김민\")", 100, func(int) store.Filter { return store.Filter{Text: "김민"} }},
		{"text search, phone digits (\"5678\")", 100, func(int) store.Filter { return store.Filter{Text: "5678"} }},
		{"text search, product + status (\"텀블러\", 배송완료)", 100, func(int) store.Filter {
			return store.Filter{Text: "텀블러", Statuses: []order.Status{order.StatusDelivered}}
		}},
	}
	// Every sortable board column, first page, both ways (target 50 ms).
	names := map[store.SortBy]string{store.SortDue: "발송기한", store.SortPaid: "결제일시", store.SortReceiver: "수취인",
		store.SortProduct: "상품", store.SortMarket: "마켓", store.SortStatus: "상태"}
	for _, by := range store.SortColumns() {
		for _, rev := range []bool{false, true} {
			name := "sorted by " + names[by]
			if rev {
				name += ", reversed"
			}
			cases = append(cases, filterCase{name, 50, func(int) store.Filter { return store.Filter{Sort: by, Reverse: rev} }})
		}
	}
	return cases
}

func run(ctx context.Context, w io.Writer, sizes string, batch int, seed int64) error {
	var results []result
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("bad size %q", s)
		}
		var r result
		if err := child(ctx, &r, "-one", strconv.Itoa(n), "-batch", strconv.Itoa(batch), "-seed", strconv.FormatInt(seed, 10)); err != nil {
			return err
		}
		results = append(results, r)
	}
	printTable(w, results, batch)
	return nil
}

func printTable(w io.Writer, results []result, batch int) {
	head := "| metric | target |"
	sep := "|---|---|"
	for _, r := range results {
		head += " " + count(r.N) + " |"
		sep += "---|"
	}
	fmt.Fprintln(w, head)
	fmt.Fprintln(w, sep)
	line := func(metric, target string, cell func(r result) (string, bool)) {
		fmt.Fprintf(w, "| %s | %s |", metric, target)
		for _, r := range results {
			v, ok := cell(r)
			mark := ""
			if !ok {
				mark = " ✗"
			}
			fmt.Fprintf(w, " %s%s |", v, mark)
		}
		fmt.Fprintln(w)
	}
	line(fmt.Sprintf("ingest (Apply, batches of %d)", batch), "≥ 20,000/s", func(r result) (string, bool) {
		return count(int(r.Rate)) + "/s", r.Rate >= 20000
	})
	for _, c := range filterCases() {
		line(c.name, fmt.Sprintf("≤ %.0f ms", c.target), func(r result) (string, bool) {
			v := r.Filters[c.name]
			return fmt.Sprintf("%.2f ms", v), v <= c.target
		})
	}
	line("open + first page, fresh process", "≤ 1 s", func(r result) (string, bool) {
		return fmt.Sprintf("%.0f ms", r.Open), r.Open <= 1000 && r.FreshMatches
	})
	rss := func(v int64, limit int64, ok bool) (string, bool) {
		if !ok {
			return "not measurable here", false
		}
		return fmt.Sprintf("%.0f MB", float64(v)/(1<<20)), v <= limit<<20
	}
	line("peak RSS, fresh process (open + first page)", "≤ 250 MB", func(r result) (string, bool) { return rss(r.FreshRSS, 250, r.RSSMeasured) })
	line("peak RSS, ingesting process (generate + Apply + the queries above)", "≤ 400 MB", func(r result) (string, bool) { return rss(r.IngestRSS, 400, r.RSSMeasured) })
	line("data file", "≤ 1.2 GB", func(r result) (string, bool) {
		return fmt.Sprintf("%.0f MB", float64(r.FileBytes)/(1<<20)), r.FileBytes <= 1_200_000_000
	})
	line("index file (beside it; derived, rebuilt if lost)", "—", func(r result) (string, bool) {
		return fmt.Sprintf("%.0f MB", float64(r.IndexBytes)/(1<<20)), true
	})
	line("close (saves the index)", "—", func(r result) (string, bool) { return fmt.Sprintf("%.0f ms", r.CloseMs), true })
	line("full check of the data file (store.VerifyFile), fresh process; Open runs it up to 128 MB", "—", func(r result) (string, bool) {
		return fmt.Sprintf("%.0f ms, peak RSS %.0f MB", r.CheckMs, float64(r.CheckRSS)/(1<<20)), true
	})
}

func count(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func measureOne(ctx context.Context, w io.Writer, n, batch int, seed int64) error {
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
	r := result{N: n, Rate: float64(n) / ingest.Seconds(), Filters: map[string]float64{}}
	for _, c := range filterCases() {
		d, err := median(ctx, s, c.f(n), 21)
		if err != nil {
			_ = s.Close()
			return fmt.Errorf("%s: %w", c.name, err)
		}
		r.Filters[c.name] = ms(d)
	}
	t0 := time.Now()
	if err := s.Close(); err != nil {
		return err
	}
	r.CloseMs = ms(time.Since(t0))
	r.IngestRSS, r.RSSMeasured = peakRSS()
	if fi, err := os.Stat(filepath.Join(dir, store.FileName)); err == nil {
		r.FileBytes = fi.Size()
	}
	if fi, err := os.Stat(filepath.Join(dir, store.IndexFileName)); err == nil {
		r.IndexBytes = fi.Size()
	}
	// Open + first page runs in a fresh process, as when the seller starts SellerDesk.
	var o opened
	if err := child(ctx, &o, "-open-only", dir); err != nil {
		return err
	}
	r.Open, r.FreshRSS, r.FreshMatches = o.Ms, o.RSS, o.Total == n
	if !o.RSSOK {
		r.RSSMeasured = false
	}
	// The full consistency check, as before a restore (and at Open for small files).
	var c opened
	if err := child(ctx, &c, "-check-only", dir); err != nil {
		return err
	}
	r.CheckMs, r.CheckRSS = c.Ms, c.RSS
	return json.NewEncoder(w).Encode(r)
}

// checkFile times store.VerifyFile on the data file in dir.
func checkFile(ctx context.Context, w io.Writer, dir string) error {
	t0 := time.Now()
	if err := store.VerifyFile(ctx, filepath.Join(dir, store.FileName)); err != nil {
		return err
	}
	d := time.Since(t0)
	rss, ok := peakRSS()
	return json.NewEncoder(w).Encode(opened{Ms: ms(d), RSS: rss, RSSOK: ok})
}

func median(ctx context.Context, s *store.Store, f store.Filter, runs int) (time.Duration, error) {
	ds := make([]time.Duration, runs)
	for i := range ds {
		t0 := time.Now()
		p, err := s.List(ctx, f)
		if err != nil {
			return 0, err
		}
		if len(p.Items) == 0 {
			return 0, fmt.Errorf("no shipment matched")
		}
		ds[i] = time.Since(t0)
	}
	slices.Sort(ds)
	return ds[runs/2], nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// opened is what the -open-only child reports.
type opened struct {
	Ms    float64 `json:"ms"`
	Total int     `json:"total"`
	RSS   int64   `json:"rss"`
	RSSOK bool    `json:"rssOk"`
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
	return json.NewEncoder(w).Encode(opened{Ms: ms(d), Total: page.Counts.Total, RSS: rss, RSSOK: ok})
}

// openExisting opens a data folder as the app would (migrating an older file, with progress on
// stderr), then opens it again in a fresh process as the next start would.
func openExisting(ctx context.Context, w io.Writer, dir string) error {
	t0 := time.Now()
	s, err := store.Open(ctx, dir, store.Options{Progress: func(p store.Progress) {
		fmt.Fprintf(os.Stderr, "%s %d/%d\n", p.Stage, p.Done, p.Total)
	}})
	if err != nil {
		return err
	}
	page, err := s.List(ctx, store.Filter{})
	first := time.Since(t0)
	if err != nil {
		_ = s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	rss, _ := peakRSS()
	var o opened
	if err := child(ctx, &o, "-open-only", dir); err != nil {
		return err
	}
	fi, err := os.Stat(filepath.Join(dir, store.FileName))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "| metric | measured |\n|---|---|\n")
	fmt.Fprintf(w, "| first open (incl. any migration) + first page | %.1f s (%d shipments), peak RSS %.0f MB |\n", first.Seconds(), page.Counts.Total, float64(rss)/(1<<20))
	fmt.Fprintf(w, "| next open + first page, fresh process | %.0f ms, peak RSS %.0f MB |\n", o.Ms, float64(o.RSS)/(1<<20))
	fmt.Fprintf(w, "| data file | %.0f MB |\n", float64(fi.Size())/(1<<20))
	return nil
}

// child runs this program with args and decodes its JSON answer into v.
func child(ctx context.Context, v any, args ...string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%v: %w: %s", args, err, errb.String())
	}
	if err := json.Unmarshal(out.Bytes(), v); err != nil {
		return fmt.Errorf("%v: %w", args, err)
	}
	return nil
}
