package check

import "strings"

// Gloves, shoes, earrings and oven mitts are sold by the pair or by one of a pair: 한짝 (한 짝,
// 1짝, 낱짝, 외짝) is a single piece, 1쌍 or 1켤레 both. Nothing in the count of a name with no
// count says so, so one of a pair against a pair passes as one against one. compareHalfPair
// blocks when one name sells one of a pair and the other a pair, and neither writes the other's.

// onePieceOfPair is where rd says it sells one of a pair, and whether it does.
func onePieceOfPair(rd *reading) (Span, bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		switch {
		case t.kind == tWord && (t.text == "한짝" || t.text == "낱짝" || t.text == "외짝"):
			return t.sp, true
		case t.kind == tWord && t.text == "짝" && i > 0 && rd.toks[i-1].kind == tWord && rd.toks[i-1].text == "한":
			return Span{Start: rd.toks[i-1].sp.Start, End: t.sp.End}, true
		case t.kind == tMeasure && t.unit == "짝" && same(t.num, 1):
			return t.sp, true
		}
	}
	return Span{}, false
}

// pairCount is the index of a count of pairs rd writes (1쌍, 2켤레, 3pair), or -1.
func pairCount(rd *reading) int {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && (pairUnit(t.unit) || t.unit == "켤레") {
			return i
		}
	}
	return -1
}

// sigHalfPair is the signature of 짝, the word every half pair writes.
var sigHalfPair = sigOf("짝")

// compareHalfPair blocks one of a pair against a pair (한짝 vs 1쌍) unless counts already differ.
func compareHalfPair(r, e *reading, diffs []Difference) []Difference {
	// the signatures first: most names write no 짝, and the syllable's bit says so without a search
	if !(r.says.mayWrite(&sigHalfPair) && strings.Contains(r.name, "짝")) && !(e.says.mayWrite(&sigHalfPair) && strings.Contains(e.name, "짝")) {
		return diffs
	}
	for i := range diffs {
		if diffs[i].Kind == KindCount {
			return diffs
		}
	}
	one, pair := r, e
	osp, ok := onePieceOfPair(r)
	if !ok {
		one, pair = e, r
		osp, ok = onePieceOfPair(e)
	}
	if !ok || pairCount(one) >= 0 {
		return diffs
	}
	if _, both := onePieceOfPair(pair); both {
		return diffs
	}
	pi := pairCount(pair)
	if pi < 0 {
		return diffs
	}
	pt := &pair.toks[pi]
	of := fact{text: one.name[osp.Start:osp.End], sp: osp}
	pf := fact{text: pair.name[pt.sp.Start:pt.sp.End], sp: pt.sp}
	if one == r {
		return append(diffs, difference(KindCount, nil, nil, []fact{of}, []fact{pf}))
	}
	return append(diffs, difference(KindCount, nil, nil, []fact{pf}, []fact{of}))
}
