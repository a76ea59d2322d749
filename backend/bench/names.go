package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"sellerdesk/backend/check"
)

// namesTarget is the option-name check's throughput target: pairs per CPU second with a reused
// Matcher (issue 15; the same bound as BenchmarkMatcher in backend/check).
const namesTarget = 100_000

// namePair is one labelled pair of a name table: what the matcher compares.
type namePair struct {
	registered, exposed string
	bundle              int
}

// errNoTables says that no labelled name table was found where the command looked.
var errNoTables = errors.New("no labelled name tables")

// loadNamePairs reads the pairs of every labelled option-name table (option_names*.tsv) in dir.
func loadNamePairs(dir string) ([]namePair, int, error) {
	files, err := filepath.Glob(filepath.Join(dir, "option_names*.tsv"))
	if err != nil {
		return nil, 0, fmt.Errorf("name tables in %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, 0, fmt.Errorf("%w in %s", errNoTables, dir)
	}
	var pairs []namePair
	for _, file := range files {
		ps, err := readNameTable(file)
		if err != nil {
			return nil, 0, err
		}
		pairs = append(pairs, ps...)
	}
	return pairs, len(files), nil
}

// readNameTable reads the registered, exposed and bundle_size columns of one table.
func readNameTable(file string) ([]namePair, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("name table: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("name table %s: %w", file, err)
	}
	if len(head) < 3 || head[0] != "registered" || head[1] != "exposed" || head[2] != "bundle_size" {
		return nil, fmt.Errorf("name table %s: unexpected header %v", file, head)
	}
	var pairs []namePair
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return pairs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("name table %s line %d: %w", file, line, err)
		}
		if len(rec) < 3 {
			return nil, fmt.Errorf("name table %s line %d: %d columns", file, line, len(rec))
		}
		bundle, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, fmt.Errorf("name table %s line %d: bundle size: %w", file, line, err)
		}
		pairs = append(pairs, namePair{rec[0], rec[1], bundle})
	}
}

// namesResult is the option-name check's throughput over the labelled tables.
type namesResult struct {
	Pairs, Tables, Compared int
	CPU, Wall               time.Duration
	CPUMeasured             bool
}

// rate is pairs per CPU second (per wall-clock second where CPU time is not measurable).
func (r namesResult) rate() float64 {
	d := r.Wall
	if r.CPUMeasured {
		d = r.CPU
	}
	if d <= 0 {
		return 0
	}
	return float64(r.Compared) / d.Seconds()
}

// measureNames compares the pairs over and over with one reused Matcher, as a bulk re-check
// does, in whole passes, until at least budget of CPU time has gone.
func measureNames(pairs []namePair, budget time.Duration) namesResult {
	var m check.Matcher
	res := namesResult{Pairs: len(pairs)}
	cpu0, cpuOK := cpuTime()
	start := time.Now()
	for {
		for i := range pairs {
			p := &pairs[i]
			_ = m.Compare(p.registered, p.exposed, p.bundle)
		}
		res.Compared += len(pairs)
		res.Wall = time.Since(start)
		cpu1, ok := cpuTime()
		res.CPU, res.CPUMeasured = cpu1-cpu0, cpuOK && ok
		spent := res.Wall
		if res.CPUMeasured {
			spent = res.CPU
		}
		if spent >= budget || len(pairs) == 0 {
			return res
		}
	}
}

// printNames prints the option-name check's line, or says why it was skipped.
func printNames(w io.Writer, dir string, budget time.Duration) {
	pairs, tables, err := loadNamePairs(dir)
	if err != nil {
		fmt.Fprintf(w, "\noption-name check skipped: %v (give the folder of the tables with -names)\n", err)
		return
	}
	r := measureNames(pairs, budget)
	unit := "pairs per CPU second"
	if !r.CPUMeasured {
		unit = "pairs per second (CPU time not measurable here: wall clock)"
	}
	mark := ""
	if r.rate() < namesTarget {
		mark = " ✗"
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| metric | target | measured |")
	fmt.Fprintln(w, "|---|---|---|")
	fmt.Fprintf(w, "| option-name check, reused Matcher over all labelled tables (%d pairs in %d tables, %s compared): %s | ≥ %s | %s%s |\n",
		r.Pairs, tables, count(r.Compared), unit, count(namesTarget), count(int(r.rate())), mark)
}
