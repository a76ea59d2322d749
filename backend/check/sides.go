package check

import "iter"

// tightChain reports whether the numbers and joiners toks[i..j] are written without a space
// between them (6x8m, 4x5x2m): the sides of one size, not a count times a length.
func tightChain(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !adjacent(&toks[k], &toks[k+1]) {
			return false
		}
	}
	return true
}

// countsElsewhere reports whether the name writes a count outside toks[i..j] (방수포 3 x 4m,
// 4개): the count is said there, so the numbers multiplied before the length are its sides.
func countsElsewhere(toks []token, i, j int) bool {
	for k := range toks {
		if (k < i || k > j) && toks[k].kind == tMeasure && toks[k].dim == dimCount {
			return true
		}
	}
	return false
}

// paperSizes are the sides in mm of the paper sizes a sheet is sold by (A4 = 210 x 297; B4 and B5
// as Korean stationers cut them).
var paperSizes = map[string][2]float64{
	"a0": {841, 1189}, "a1": {594, 841}, "a2": {420, 594}, "a3": {297, 420}, "a4": {210, 297}, "a5": {148, 210},
	"b4": {257, 364}, "b5": {182, 257},
}

// wholeSizeAlone reports whether every length of fs is a side of a size rd writes W x H of which
// other writes neither side nor any size of its own (폼보드 5mm 594 x 841mm against 폼보드 5T A1: the
// sheet's size, left out or named by its paper code, beside a thickness both write). A paper code
// other writes must be that size.
func wholeSizeAlone(fs []fact, rd, other *reading) bool {
	if len(fs) == 0 || other.writesSizePair() {
		return false
	}
	for _, f := range fs {
		w, h, ok := rd.sizePairAt(f.sp)
		if !ok || other.writesLength(w) || other.writesLength(h) || !other.paperSizeFits(w, h) {
			return false
		}
	}
	return true
}

// sizeSides yields, for the length at sp, each length joined to it by an x (the other side of a
// size W x H rd writes), with the length at sp itself.
func (rd *reading) sizeSides(sp Span) iter.Seq2[*token, *token] {
	return func(yield func(at, side *token) bool) {
		for i := range rd.toks {
			if rd.toks[i].sp != sp {
				continue
			}
			for _, j := range [2]int{i - 2, i + 2} {
				if j < 0 || j >= len(rd.toks) || rd.toks[(i+j)/2].kind != tTimes {
					continue
				}
				if t := &rd.toks[j]; t.kind == tMeasure && t.dim == dimLength && !yield(&rd.toks[i], t) {
					return
				}
			}
		}
	}
}

// sizePairAt gives the two lengths of the size W x H rd writes whose one side is at sp.
func (rd *reading) sizePairAt(sp Span) (w, h float64, ok bool) {
	for at, side := range rd.sizeSides(sp) {
		return at.value, side.value, true
	}
	return 0, 0, false
}

// paperSizeFits reports whether every paper code rd writes (A3, B4) is the size w x h.
func (rd *reading) paperSizeFits(w, h float64) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tModel {
			continue
		}
		if p, ok := paperSizes[t.text]; ok && !(same(p[0], w) && same(p[1], h) || same(p[0], h) && same(p[1], w)) {
			return false
		}
	}
	return true
}
