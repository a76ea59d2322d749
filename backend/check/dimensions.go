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

// dropAssumedCm leaves out the lengths of fs that are a size written with no unit on one side and
// in another unit on the other (133x190 against 1.33 x 1.9m, 1330 and 1900mm): a size written
// bare is in centimetres as often as in millimetres. It filters fs in place.
func dropAssumedCm(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !(rd.assumedNumber(f.num) && other.writesLength(f.num*10)) && !other.assumedCm(f.value) {
			out = append(out, f)
		}
	}
	return out
}

// assumedCm reports whether rd writes a size with no unit whose number, in centimetres, is v (mm).
func (rd *reading) assumedCm(v float64) bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.assumed && same(t.num*10, v) {
			return true
		}
	}
	return false
}

// otherSide reports whether every length of fs is one side of a size rd writes W x H whose other
// side other writes too (122cm x 1m against 1m: the width of a roll the other name leaves out).
func otherSide(fs []fact, rd, other *reading) bool {
	if len(fs) == 0 || other.writesSizePair() {
		return false // 200x200 against 150x200: both write the whole size, and it differs
	}
	for _, f := range fs {
		if !rd.besideWritten(f.sp, other) {
			return false
		}
	}
	return true
}

// writesSizePair reports whether rd writes a size as two lengths joined by an x (150x200).
func (rd *reading) writesSizePair() bool {
	for i := 1; i+1 < len(rd.toks); i++ {
		a, b := &rd.toks[i-1], &rd.toks[i+1]
		if rd.toks[i].kind == tTimes && a.kind == tMeasure && a.dim == dimLength && b.kind == tMeasure && b.dim == dimLength {
			return true
		}
	}
	return false
}

// besideWritten reports whether the length at sp is joined by an x to a length other writes.
func (rd *reading) besideWritten(sp Span, other *reading) bool {
	for _, side := range rd.sizeSides(sp) {
		if other.writesLength(side.value) {
			return true
		}
	}
	return false
}
