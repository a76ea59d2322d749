package check

import "math"

// wholeInches reads a whole or decimal number written tight before an inch mark (12", 1.25")
// as a length in inches, as the trade writes clamps, wheels, screens and blades: the mark is
// otherwise a break and the number a bare size. A number glued to what precedes it (A12", a
// code) or to a word after the mark is left alone; fractions are read by inchFractions first.
func wholeInches(toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		n, q := &toks[i], &toks[i+1]
		if n.kind != tNumber || q.kind != tBreak || q.text != "\"" || !adjacent(n, q) || n.num <= 0 {
			continue
		}
		if i > 0 && adjacent(&toks[i-1], n) || i+2 < len(toks) && adjacent(q, &toks[i+2]) && toks[i+2].kind != tBreak {
			continue
		}
		n.kind, n.dim, n.unit, n.approx = tMeasure, dimLength, "인치", true
		n.value = n.num * 25.4
		n.fe, n.sp.End = q.fe, q.sp.End
		toks = append(toks[:i+1], toks[i+2:]...)
	}
	return toks
}

// sameImperialUnit reports whether two imperial values were written as whole numbers of one
// unit (68인치 and 70", 9oz and 10온스): the tolerance is for a conversion, and two whole numbers
// of one unit that differ are two sizes. A decimal may be a rounded class (10.2인치 against a
// 10인치 tablet, 17.3인치 against 17형).
func sameImperialUnit(f, g fact) bool {
	return f.approx && g.approx && f.num > 0 && g.num > 0 && f.num == math.Trunc(f.num) && g.num == math.Trunc(g.num) &&
		same(f.value/f.num, g.value/g.num)
}
