package check

// sizeAt reports whether the length toks[i] is a side of a size written with an x (1220x2440,
// 30 x 40cm): two lengths joined by a multiplication sign. A size between two counts ends the
// run of counts before it (18T 1220x2440 1장 is one sheet 18 thick, not 18 sheets of one): the
// x of a size multiplies lengths, not packs, as 150g x 3개 does.
func sizeAt(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tMeasure || t.dim != dimLength {
		return false
	}
	return i+2 < len(toks) && toks[i+1].kind == tTimes && toks[i+2].kind == tMeasure && toks[i+2].dim == dimLength ||
		i >= 2 && toks[i-1].kind == tTimes && toks[i-2].kind == tMeasure && toks[i-2].dim == dimLength
}
