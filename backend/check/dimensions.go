package check

// dimensionFactor reports whether the number toks[i] is the first side of a dimension, not a
// count: written before a length in millimetres (8x25mm, 8 x 25mm: a screw's or a bolt's
// diameter and length, not eight of 25mm), or glued by an x to another bare number of 10 or
// more (8X25, 133x190: a size whose unit the name leaves out; 2x2 and 3x4 stay a grid or packs).
func dimensionFactor(toks []token, i int) bool {
	if i+2 >= len(toks) || i > 0 && toks[i-1].kind == tTimes {
		return false
	}
	x, m := &toks[i+1], &toks[i+2]
	if x.kind != tTimes {
		return false
	}
	if m.kind == tMeasure {
		return m.dim == dimLength && m.unit == "mm"
	}
	return m.kind == tNumber && m.value >= 10 && adjacent(&toks[i], x) && adjacent(x, m) &&
		!(i+3 < len(toks) && toks[i+3].kind == tTimes)
}
