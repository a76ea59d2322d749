package check

import "strings"

// Readings of measures by how the trade writes them, applied to a name's tokens before units
// are inherited (refine): a decimal before T is a thickness, a whole number, a hyphen and a
// fraction before inches is one length.

// thicknessSigs is what a name writes for thicknessT to read it: a decimal point and a t.
var thicknessSigs = sigSetOf(".t")

// fractionMarkSigs is what a name writes for mixedInches, inchFractions, mixedNumbers (a slash)
// or wholeInches (an inch mark) to read it.
var fractionMarkSigs = sigSetOf("/", "\"")

// thicknessT reads a decimal written before T (0.1T, 1.5T) as a thickness in millimetres: T is
// also a count of tea bags or sticks (180T), but no count has a decimal point.
func thicknessT(toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.kind == tMeasure && t.unit == "t" && t.dim == dimCount && t.num > 0 && t.num < 100 && strings.IndexByte(t.text, '.') >= 0 {
			t.dim, t.unit, t.value = dimLength, "mm", t.num
		}
	}
}

// mixedInches reads a mixed fraction of inches written with a hyphen (1-1/4인치, 6-1/4") as
// one length: the whole number, the numerator and the denominator with its unit are otherwise
// three numbers. The fraction must be proper and written tight.
func mixedInches(toks []token) []token {
	for i := 0; i+4 < len(toks); i++ {
		w, h, n, s, d := &toks[i], &toks[i+1], &toks[i+2], &toks[i+3], &toks[i+4]
		if w.kind != tNumber || n.kind != tNumber || h.kind != tBreak || h.text != "-" || s.kind != tBreak || s.text != "/" {
			continue
		}
		// the unit: 인치 or inch on the denominator, or an inch mark after it (6-1/4")
		mark := d.kind == tNumber && i+5 < len(toks) && toks[i+5].kind == tBreak && toks[i+5].text == "\"" && adjacent(d, &toks[i+5])
		if !mark && (d.kind != tMeasure || d.dim != dimLength || d.unit != "인치" && d.unit != "inch") {
			continue
		}
		if !adjacent(w, h) || !adjacent(h, n) || !adjacent(n, s) || !adjacent(s, d) {
			continue
		}
		if w.num < 1 || n.num < 1 || d.num <= n.num || w.num != float64(int(w.num)) || n.num != float64(int(n.num)) || d.num != float64(int(d.num)) {
			continue
		}
		v := w.num + n.num/d.num
		m, end := *d, i+5
		if mark {
			m.kind, m.dim, m.unit, m.approx, m.fe, m.sp.End = tMeasure, dimLength, "인치", true, toks[i+5].fe, toks[i+5].sp.End
			end++
		}
		m.fs, m.sp.Start, m.text = w.fs, w.sp.Start, w.text+"-"+n.text+"/"+d.text
		m.num, m.value = v, v*25.4
		toks[i] = m
		toks = append(toks[:i+1], toks[end:]...)
	}
	return toks
}

// inchFractions reads a proper fraction of inches written alone (1/2인치, 3/8") as one length:
// the numerator and the denominator are otherwise two numbers. Inch fractions are halves,
// quarters, eighths, sixteenths, thirty-seconds or sixty-fourths; the fraction must be written
// tight and stand apart from what precedes it (mixedInches has read 1-1/4인치 already).
func inchFractions(toks []token) []token {
	for i := 0; i+2 < len(toks); i++ {
		n, s, d := &toks[i], &toks[i+1], &toks[i+2]
		if n.kind != tNumber || s.kind != tBreak || s.text != "/" || !adjacent(n, s) || !adjacent(s, d) {
			continue
		}
		if i > 0 && adjacent(&toks[i-1], n) {
			continue // 11/0, A-1/2: part of something else
		}
		mark := d.kind == tNumber && i+3 < len(toks) && toks[i+3].kind == tBreak && toks[i+3].text == "\"" && adjacent(d, &toks[i+3])
		bare := !mark && d.kind == tNumber && bareInchFraction(toks, i)
		if !mark && !bare && (d.kind != tMeasure || d.dim != dimLength || d.unit != "인치" && d.unit != "inch") {
			continue
		}
		if n.num < 1 || d.num <= n.num || n.num != float64(int(n.num)) || !inchDenominator(d.num) {
			continue
		}
		v := n.num / d.num
		m, end := *d, i+3
		if bare {
			m.kind, m.dim, m.unit, m.approx, m.weak = tMeasure, dimLength, "인치", true, true
		}
		if mark {
			m.kind, m.dim, m.unit, m.approx, m.fe, m.sp.End = tMeasure, dimLength, "인치", true, toks[i+3].fe, toks[i+3].sp.End
			end++
		}
		m.fs, m.sp.Start, m.text = n.fs, n.sp.Start, n.text+"/"+d.text
		m.num, m.value = v, v*25.4
		toks[i] = m
		toks = append(toks[:i+1], toks[end:]...)
	}
	return toks
}

// inchDenominator reports whether d is the denominator of an inch fraction (a power of two).
func inchDenominator(d float64) bool {
	switch d {
	case 2, 4, 8, 16, 32, 64:
		return true
	}
	return false
}

// bareInchFraction reports whether the fraction whose numerator is toks[i] is written alone, with
// no unit, between spaces (토크렌치 1/2, PT 1/4, 소켓 3/8): a proper fraction of a power of two
// written bare is a fraction of an inch in the trade (a drive, a thread, a hose), as 1/2인치 is.
// A fraction after a whole number (2 1/2, read by mixedNumbers) or glued to anything on either
// side (1/4W, 1/2세대, 11/0, 2024/1/2) is not one, nor a fraction finer than an eighth.
func bareInchFraction(toks []token, i int) bool {
	d := &toks[i+2]
	if d.num > 8 || i > 0 && toks[i-1].kind == tNumber {
		return false // 1/16, 1/64 written bare are as often a scale (미니카 1/64, RC 1/16)
	}
	return i+3 >= len(toks) || !adjacent(d, &toks[i+3]) || looseBreak(&toks[i+3])
}
