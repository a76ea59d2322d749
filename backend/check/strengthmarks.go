package check

// A number with an x glued after it and a space before what follows (나우푸드 밀크씨슬 2X 300mg,
// 2X 고함량) marks a strength or a product line — 2X is double strength — not two packs: it
// multiplies no count. A multiplier is written before a count (2X 100캡슐), after a measure or a
// count (100캡슐 x 2, 300mg x 2), or glued to what it multiplies (2x500ml). A strength stands
// before a dose (300mg, 1000mcg, 5000IU), not before what a bottle or a bag holds: 2X 500ml and
// 2X 1.5L are two bottles.

// strengthMark reports whether the number toks[i] is such a strength mark: an x written tight
// after it, nothing multiplied before it, and a measure other than a count or a word after the
// x, a space apart. The measure is a dose: a weight in milligrams or micrograms, or a unit the
// reader does not know (IU, CFU).
func strengthMark(toks []token, i int) bool {
	if !tightX(toks, i) || i > 0 && toks[i-1].kind == tTimes || i+2 >= len(toks) {
		return false
	}
	x, n := &toks[i+1], &toks[i+2]
	if adjacent(x, n) {
		return false
	}
	return n.kind == tMeasure && doseMeasure(n) || n.kind == tWord
}

// doseMeasure reports whether the measure m is a dose of a supplement or a medicine: 300mg,
// 1000mcg, 5000IU; not 500ml, 1kg or 100g, which a pack holds.
func doseMeasure(m *token) bool {
	switch m.dim {
	case dimWeight:
		return m.unit == "mg" || m.unit == "밀리그램" || m.unit == "mcg" || m.unit == "μg"
	case dimOther:
		return true
	}
	return false
}
