package check

import "strings"

// 각 (each) before a weight or a volume says what every part of a set weighs, beside the weight
// of the whole: 구이세트 등심 안심 채끝 1.5kg (각 500g) is one set of 1.5 kg in three parts of
// 500 g. Against a name that writes the whole alone (1500g), the part is no other weight.

// dropEachMeasure leaves out of rd a weight or volume written right after 각 (or 각각) when rd
// also writes a weight of the same kind that is two or more of it, and other writes that whole
// and not the part.
func (rd *reading) dropEachMeasure(other *reading) {
	if len(rd.measures) < 2 || !strings.Contains(rd.name, "각") {
		return
	}
	out := rd.measures[:0]
	for _, t := range rd.measures {
		if (t.dim == dimWeight || t.dim == dimVolume) && rd.afterEach(t.sp) && rd.wholeOfParts(&t) && wholeNotPart(other, rd, &t) {
			continue
		}
		out = append(out, t)
	}
	rd.measures = out
}

// afterEach reports whether the token at sp follows the word 각 or 각각.
func (rd *reading) afterEach(sp Span) bool {
	i := tokenAt(rd, sp)
	if i < 1 {
		return false
	}
	p := &rd.toks[i-1]
	return p.kind == tWord && (p.text == "각" || p.text == "각각")
}

// wholeOfParts reports whether rd writes another measure of part's kind that is a whole number,
// two or more, of part.
func (rd *reading) wholeOfParts(part *token) bool {
	for i := range rd.measures {
		if w := &rd.measures[i]; w.dim == part.dim && rd.isWholeOf(w.value, part.value) {
			return true
		}
	}
	return false
}

// isWholeOf reports whether whole is k times part for a whole number k of two or more.
func (rd *reading) isWholeOf(whole, part float64) bool {
	if part <= 0 || whole < 2*part {
		return false
	}
	k := whole / part
	return same(k, float64(int(k+0.5)))
}

// wholeNotPart reports whether other writes a measure of part's kind that is a whole rd writes
// of part, and never part itself.
func wholeNotPart(other, rd *reading, part *token) bool {
	whole := false
	for i := range other.measures {
		t := &other.measures[i]
		if t.dim != part.dim {
			continue
		}
		if same(t.value, part.value) {
			return false
		}
		if rd.isWholeOf(t.value, part.value) {
			for j := range rd.measures {
				if rd.measures[j].dim == part.dim && same(rd.measures[j].value, t.value) {
					whole = true
				}
			}
		}
	}
	return whole
}
