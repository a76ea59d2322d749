package check

import "strings"

// A stringed instrument's size (바이올린 4/4, 3/4, 1/2), a model kit's scale (1/144, 1/100) or a
// part of a whole is written as a fraction: the numerator and the denominator are otherwise read
// as two bare numbers, so 4/4 against 3/4 has no number of its own on one side and passes.
// compareFractions reads a fraction written tight, numerator no larger than the denominator, as
// one size, and blocks when each name writes a fraction the other does not.

// sizeFractions appends the fractions rd writes tight (4/4, 1/144) as facts valued
// numerator / denominator. Part of a longer code or date (A-1/2, 2024/1/2, 11/0) is not one.
func sizeFractions(fs []fact, rd *reading) []fact {
	toks := rd.toks
	for i := range toks {
		if t := &toks[i]; t.kind == tMeasure && bareFractionInches(t) {
			fs = addNumber(fs, t.num, rd.name, t.sp) // 3/4 written bare, read as inches (notation.go)
		}
	}
	for i := 0; i+2 < len(toks); i++ {
		a, s, b := &toks[i], &toks[i+1], &toks[i+2]
		if s.kind != tBreak || s.text != "/" || !adjacent(a, s) || !adjacent(s, b) {
			continue
		}
		if a.kind != tNumber && a.kind != tMeasure || b.kind != tNumber && b.kind != tMeasure {
			continue
		}
		if a.kind == tMeasure && a.dim != dimSizeNum || b.kind == tMeasure && b.dim != dimSizeNum {
			continue // 1/2인치, 500ml/1l: lengths and measures are read elsewhere
		}
		if i > 0 && adjacent(&toks[i-1], a) || i+3 < len(toks) && adjacent(b, &toks[i+3]) && toks[i+3].kind == tBreak && toks[i+3].text == "/" {
			continue
		}
		num, den := a.num, b.num
		if num < 1 || den < 2 || num > den || num != float64(int(num)) || den != float64(int(den)) {
			continue
		}
		end := b.sp.Start
		for end < len(rd.name) && rd.name[end] >= '0' && rd.name[end] <= '9' {
			end++
		}
		sp := Span{Start: a.sp.Start, End: end}
		fs = addNumber(fs, num/den, rd.name, sp)
	}
	return fs
}

// sigSlash is the signature of the slash every fraction writes.
var sigSlash = sigOf("/")

// compareFractions blocks when each name writes a fraction the other does not (4/4 against
// 3/4), unless the sizes are already found different.
func compareFractions(r, e *reading, diffs []Difference) []Difference {
	if !r.says.mayWrite(&sigSlash) || !e.says.mayWrite(&sigSlash) {
		return diffs // a fraction is written with a slash: most names write none
	}
	for i := range diffs {
		if diffs[i].Kind == KindSize {
			return diffs
		}
	}
	var rb, eb, rxb, exb [2]fact
	rf := sizeFractions(rb[:0], r)
	if len(rf) == 0 {
		return diffs
	}
	ef := sizeFractions(eb[:0], e)
	if len(ef) == 0 {
		return diffs
	}
	rx, ex := extrasTo(rxb[:0], rf, ef), extrasTo(exb[:0], ef, rf)
	if len(rx) > 0 && len(ex) > 0 {
		diffs = append(diffs, difference(KindSize, rf, ef, rx, ex))
	}
	return diffs
}

// bareFractionInches reports whether t is a fraction written bare and read as inches (3/4 of
// 바이올린 3/4, notation.go): it is compared as a fraction against a name that gives no length,
// not as a length against that name's bare numbers.
func bareFractionInches(t *token) bool {
	return t.kind == tMeasure && t.weak && t.unit == "인치" && strings.IndexByte(t.text, '/') > 0
}
