package check

import "strings"

// A saw chain, a bit or a coupler is written by a fraction of an inch (3/8", 1/4인치) that is
// its pitch or its bore, beside the length of the bar or the hose it fits (엔진톱 체인 16인치 /
// STIHL 63PM 3/8" P 56링크 체인). A fraction under one inch and a length ten times it or more
// are two measures of the goods, not two lengths of it.

// pitchFactor is how many times a fraction of an inch the other name's length is at least to
// be another measure.
const pitchFactor = 10

// dropPitches leaves out the extras of a name that are all fractions of an inch under one inch
// where the other name's extras are all lengths pitchFactor times the largest of them or more
// (3/8" against 16인치); a fraction against a fraction or a bore in millimetres (3/4인치 against
// 13mm) is compared as written.
func dropPitches(rx, ex []fact) ([]fact, []fact) {
	if len(rx) == 0 || len(ex) == 0 {
		return rx, ex
	}
	if top, ok := fractionsOfInch(rx); ok && allAtLeast(ex, top*pitchFactor) {
		return rx[:0], ex[:0]
	}
	if top, ok := fractionsOfInch(ex); ok && allAtLeast(rx, top*pitchFactor) {
		return rx[:0], ex[:0]
	}
	return rx, ex
}

// fractionsOfInch is the largest of fs when every value of fs is written as a fraction (3/8")
// and is under one inch.
func fractionsOfInch(fs []fact) (float64, bool) {
	top := 0.0
	for _, f := range fs {
		if !f.approx || f.value <= 0 || f.value >= 25.4 || !strings.Contains(f.text, "/") {
			return 0, false
		}
		top = max(top, f.value)
	}
	return top, true
}

// allAtLeast reports whether every value of fs is v or more.
func allAtLeast(fs []fact, v float64) bool {
	for _, f := range fs {
		if f.value < v {
			return false
		}
	}
	return true
}
