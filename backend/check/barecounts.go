package check

// Bare numbers multiplied by one (1x2, 2x1, 1x4) count no packs: one times a number is not how a
// pack count is written. They are a layout of ports (a 1x2 splitter, a 2x1 switch, a 1x4 hub) or
// of a grid, read as numbers so that 1x2 against 1x4 still differs, and a counter, where the
// name writes one, says how many are in the box.

// unitLayout reports whether toks[i] starts two bare numbers multiplied, one of them 1, with no
// third factor nor measure beside them.
func unitLayout(toks []token, i int) bool {
	if i+2 >= len(toks) || i > 0 && toks[i-1].kind == tTimes || i+3 < len(toks) && toks[i+3].kind == tTimes {
		return false
	}
	a, x, b := &toks[i], &toks[i+1], &toks[i+2]
	return x.kind == tTimes && b.kind == tNumber && (a.value == 1) != (b.value == 1) && a.value > 0 && b.value > 0 &&
		a.value == float64(int(a.value)) && b.value == float64(int(b.value))
}
