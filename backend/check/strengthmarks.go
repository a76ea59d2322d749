package check

// A number with an x glued after it and a space before what follows (나우푸드 밀크씨슬 2X 300mg,
// 2X 고함량) marks a strength or a product line — 2X is double strength — not two packs: it
// multiplies no count. A multiplier is written before a count (2X 100캡슐), after a measure or a
// count (100캡슐 x 2, 300mg x 2), or glued to what it multiplies (2x500ml).

// strengthMark reports whether the number toks[i] is such a strength mark: an x written tight
// after it, nothing multiplied before it, and a measure other than a count or a word after the
// x, a space apart.
func strengthMark(toks []token, i int) bool {
	if !tightX(toks, i) || i > 0 && toks[i-1].kind == tTimes || i+2 >= len(toks) {
		return false
	}
	x, n := &toks[i+1], &toks[i+2]
	if adjacent(x, n) {
		return false
	}
	return n.kind == tMeasure && n.dim != dimCount || n.kind == tWord
}
