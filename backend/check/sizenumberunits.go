package check

import "strings"

// A size number written with 호 (전선몰딩 1호, 낚싯줄 2호, 반지 13호) is a size of its own: the same
// number written as another measure in the other name (1m, 1kg) is a length or a weight, not the
// size. writesHoSize reads the other name for the size number v of a 호 only as a bare number, a
// size number, a length in millimetres or centimetres, or the digits of a model code.

// isHoSize reports whether f was read from a number written with 호.
func isHoSize(f fact) bool {
	return strings.HasSuffix(strings.TrimSpace(f.text), "호")
}

// writesHoSize reports whether rd writes v where a 호 size number may stand.
func (rd *reading) writesHoSize(v float64) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tMeasure || !same(t.num, v) {
			continue
		}
		if t.dim == dimSizeNum || t.dim == dimLength && (t.unit == "mm" || t.unit == "cm") {
			return true
		}
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tMeasure {
			continue
		}
		if t.kind == tNumber && same(t.num, v) {
			return true
		}
		if z, ok := zeroCode(t.text); ok && t.kind == tNumber && same(z, v) {
			return true
		}
		if (t.kind == tModel || t.kind == tGrade) && digitsWrite(t.text, v) {
			return true
		}
	}
	return false
}
