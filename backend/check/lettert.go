package check

// The trade writes T after a whole number for three things: the sticks or tea bags of a box
// (180T), a board's or a sheet's thickness in millimetres (18T plywood) and a jack's or a
// truck's tonnes (2T). A name alone cannot tell them apart; the other name can: when it writes
// the same number as tonnes or as millimetres and never as T, the T is that measure.

// readLetterT reads each count of rd written as a whole number before T (a run of that one
// count) as the measure other writes with the same number: 2T against 2톤 is a lift in tonnes,
// 18T against 18mm a thickness. A number other also writes with T stays a count.
func (rd *reading) readLetterT(other *reading) {
	if len(rd.counts) == 0 || !rd.writesAnyLetterT() {
		return // most names write no count with T: their runs need not be looked at one by one
	}
	rd.dropCounts(func(c *countRun) bool {
		t := rd.countToken(*c)
		if t == nil || c.n != 1 {
			return false
		}
		if other.writesLetterT(t.num) {
			return sharedThickness(rd, other, t) // 아크릴판 2T / 5장 against 2T, 5개 (sharedthickness.go)
		}
		m := *t
		switch {
		case other.writesTonnes(t.num):
			m.dim, m.unit, m.value = dimOther, "톤", t.num
		case other.writesMeasure(dimLength, t.num):
			m.dim, m.unit, m.value = dimLength, "mm", t.num
		default:
			return false
		}
		rd.measures = append(rd.measures, m)
		return true
	})
}

// countToken is the token of a run that is one whole-number count written with T, or nil.
func (rd *reading) countToken(c countRun) *token {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.sp == c.sp {
			if t.kind == tMeasure && t.dim == dimCount && t.unit == "t" && t.num > 0 && t.num == float64(int(t.num)) {
				return t
			}
			return nil
		}
	}
	return nil
}

// writesAnyLetterT reports whether rd writes a whole number with T as a count (180T).
func (rd *reading) writesAnyLetterT() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && t.unit == "t" && t.num > 0 && t.num == float64(int(t.num)) {
			return true
		}
	}
	return false
}

// writesLetterT reports whether rd writes the number v with T as a count.
func (rd *reading) writesLetterT(v float64) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && t.unit == "t" && same(t.num, v) {
			return true
		}
	}
	return false
}

// writesTonnes reports whether rd writes v tonnes (2톤, 2ton).
func (rd *reading) writesTonnes(v float64) bool {
	for i := range rd.measures {
		if m := &rd.measures[i]; m.dim == dimOther && m.unit == "톤" && same(m.num, v) {
			return true
		}
	}
	return false
}

// writesMeasure reports whether rd writes a measure of dimension d with the value v.
func (rd *reading) writesMeasure(d dim, v float64) bool {
	for i := range rd.measures {
		if m := &rd.measures[i]; m.dim == d && same(m.value, v) {
			return true
		}
	}
	return false
}
