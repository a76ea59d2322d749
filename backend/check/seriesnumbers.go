package check

import "strings"

// A maker's line is named by a number before 시리즈 (필립스 5000 시리즈, 소닉케어 3100 series):
// the line's name, not a quantity, so it is no bare number to set against a model code the other
// name writes (5000 시리즈 HR2545 against HR2545/90). Two lines' numbers still meet as sizes
// (9000 시리즈 against 7000 시리즈).

// notSeriesNumbers leaves out of fs the bare numbers rd writes right before 시리즈 or series.
func (rd *reading) notSeriesNumbers(fs []fact) []fact {
	if len(fs) == 0 || !strings.Contains(rd.name, "시리즈") && !strings.Contains(strings.ToLower(rd.name), "series") {
		return fs
	}
	out := fs[:0:0]
	for _, f := range fs {
		if !rd.seriesAfter(f.sp.End) {
			out = append(out, f)
		}
	}
	return out
}

// seriesAfter reports whether the first token of rd at or after byte end is 시리즈 or series,
// glued or spaced.
func (rd *reading) seriesAfter(end int) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.sp.Start < end {
			continue
		}
		return t.text == "시리즈" || t.text == "series"
	}
	return false
}
