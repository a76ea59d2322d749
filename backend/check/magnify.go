package check

// A lens's magnification is written with an x or 배 after the number, and its range with ~ or a
// hyphen between two such numbers (40x-1000x, 40~1000배), its alternatives with a slash (20x/40x):
// one measure, not a count of 40 times 1000.

// magnificationSigs is the syllable of the magnification unit (배, 배율): without it and
// without an x token, a name has no magnification to read.
var magnificationSigs = sigSetOf("배")

// magnifications reads a range of numbers each written with a tight x, or the last one with it
// (40x-1000x, 40-1000x), as magnifications in 배, and gives a bare number joined by a range to a
// magnification (40 of 40~1000배) the same unit. It works in place and returns the shortened slice.
func magnifications(toks []token) []token {
	toks = loneMagnifications(toks)
	for i := 0; i+2 < len(toks); i++ {
		a := &toks[i]
		if a.kind != tNumber || a.value <= 0 {
			continue
		}
		k := i + 1 // the range joiner
		ax := tightX(toks, i)
		if ax {
			k++
		}
		if k+1 >= len(toks) || !rangeJoiner(&toks[k-1], &toks[k]) && !(ax && altJoiner(&toks[k-1], &toks[k])) {
			continue
		}
		b := &toks[k+1]
		switch {
		case b.kind == tMeasure && b.dim == dimOther && b.unit == "배" && !ax:
			magnify(a, nil)
		case b.kind == tNumber && b.value > 0 && tightX(toks, k+1) && !factorAfter(toks, k+3):
			magnify(b, &toks[k+2])
			toks = append(toks[:k+2], toks[k+3:]...)
			if ax {
				magnify(a, &toks[i+1])
				toks = append(toks[:i+1], toks[i+2:]...)
			} else {
				magnify(a, nil)
			}
		}
	}
	return toks
}

// tightX reports whether toks[i] is a number with an x written right after it (40x).
func tightX(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].kind == tTimes && toks[i+1].text == "x" && adjacent(&toks[i], &toks[i+1])
}

// rangeJoiner reports whether b joins a range after a: a ~, or a hyphen written tight.
func rangeJoiner(a, b *token) bool {
	return b.kind == tBreak && (b.text == "~" || b.text == "-" && adjacent(a, b))
}

// altJoiner reports whether b is a slash written tight after a, between two magnifications a
// lens offers (20x/40x): read like a range, never as a factor.
func altJoiner(a, b *token) bool {
	return b.kind == tBreak && b.text == "/" && adjacent(a, b)
}

// factorAfter reports whether toks[i] is a number or a measure (10-20x 3: a factor, not a range).
func factorAfter(toks []token, i int) bool {
	return i < len(toks) && (toks[i].kind == tNumber || toks[i].kind == tMeasure)
}

// magnify makes the number n a magnification in 배, written up to the x when there is one.
func magnify(n, x *token) {
	n.kind, n.dim, n.unit, n.value = tMeasure, dimOther, "배", n.num
	if x != nil {
		n.text, n.fe, n.sp.End = n.text+"x", x.fe, x.sp.End
	}
}
