package check

// sideLabels are the words that say which side of the goods a length measures (가로 100 x 세로
// 150cm, 높이 80cm): a label of the number after it, not a word of the goods.
var sideLabels = map[string]bool{"가로": true, "세로": true, "높이": true, "너비": true, "깊이": true, "길이": true}

// sideLabelSigs is the signatures of sideLabels: refine reads a name for them only when it may
// write one.
var sideLabelSigs = sigSetOf(mapKeys(sideLabels)...)

// dropSideLabels removes a side label written before a number of a size (가로100 x 세로150cm,
// 가로 120cm 세로 200cm), so the numbers are read as the size they are, as 100x150cm is, and the
// labels are no words the other name must explain. A label before anything else (가로형, 가로
// 2단: which way a shelf stands) is kept.
func dropSideLabels(toks []token) []token {
	first := -1
	for i := range toks {
		if sideLabelAt(toks, i) {
			first = i
			break
		}
	}
	if first < 0 {
		return toks // most names: nothing to copy
	}
	out := toks[:first]
	for i := first; i < len(toks); i++ {
		if !sideLabelAt(toks, i) {
			out = append(out, toks[i])
		}
	}
	return out
}

// sideLabelAt reports whether the token at i is a side label before the number of a size. Every
// label is two Hangul syllables (six bytes), and the neighbours are tested before the map lookup:
// most words of two syllables stand before no number.
func sideLabelAt(toks []token, i int) bool {
	t := &toks[i]
	return t.kind == tWord && len(t.text) == 6 && sideLabelled(toks, i) && sideLabels[t.text]
}

// sideLabelled reports whether the label at i stands before the number of a size: a length, or a
// bare number multiplied by or with another (100 x 세로150cm).
func sideLabelled(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	switch {
	case n.kind == tMeasure && n.dim == dimLength:
		return true
	case n.kind != tNumber:
		return false
	}
	return i > 0 && toks[i-1].kind == tTimes || i+2 < len(toks) && toks[i+2].kind == tTimes
}
