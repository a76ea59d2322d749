package check

import "testing"

// BenchmarkCompareNames measures name pairs per second over the labelled table. Besides the
// wall-clock rate it reports the rate per second of process CPU time, which stays meaningful
// when other work shares the machine.
func BenchmarkCompareNames(b *testing.B) {
	pairs := loadNamePairs(b)
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		p := &pairs[n%len(pairs)]
		_ = CompareBundle(p.registered, p.exposed, p.bundle)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "pairs/cpu-s")
	}
}

// BenchmarkMatcher is BenchmarkCompareNames with one Matcher reused, as a bulk re-check does.
// The target is at least 100,000 pairs per CPU second (pairs/cpu-s); `go run ./backend/bench`
// measures the same and marks a figure below it.
func BenchmarkMatcher(b *testing.B) {
	pairs := loadNamePairs(b)
	var m Matcher
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		p := &pairs[n%len(pairs)]
		_ = m.Compare(p.registered, p.exposed, p.bundle)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "pairs/cpu-s")
	}
}
