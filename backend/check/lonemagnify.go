package check

// A single magnification is written with an x right after a number that multiplies nothing
// (돋보기 4x, 현미경 1000X, 3X 지름 7.5cm): no number, measure or count stands on either side of
// the x, so it is not a pack (2 x 500ml) or a size (110 x 40T) but the lens's power, the same as
// 4배 or 4배율 written in Hangul (율 is the ratio: 3배율 is 3배).

// loneMagnifications reads each whole number with a tight x that has no factor on either side
// as a magnification in 배, and a measure in 배율 as one in 배. It works in place and returns
// the shortened slice.
func loneMagnifications(toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		a := &toks[i]
		if a.kind == tMeasure && a.dim == dimOther && a.unit == "배율" {
			a.unit = "배"
			continue
		}
		if a.kind != tNumber || a.value <= 0 || a.value != float64(int(a.value)) || !tightX(toks, i) {
			continue
		}
		if factorAfter(toks, i+2) || i > 0 && factorBefore(&toks[i-1]) {
			continue
		}
		magnify(a, &toks[i+1])
		toks = append(toks[:i+1], toks[i+2:]...)
	}
	return toks
}

// factorBefore reports whether t may be multiplied by what follows it: a number, a measure or
// a closing bracket (200g x 2, (2개) x 3).
func factorBefore(t *token) bool {
	return t.kind == tNumber || t.kind == tMeasure || t.kind == tBreak && t.text == ")"
}
