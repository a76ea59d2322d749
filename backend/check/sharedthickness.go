package check

// A whole number before T that both names write (아크릴판 2T, 녹차 100T) beside a count of its own
// in each name (5장, 5개) is what both give of the goods — a board's thickness, a box's tea
// bags — not the count sold: read as one, it multiplies both totals alike and hides a total
// that differs (5장 in a bundle of 2 against 5개).

// sharedThickness reports whether the count t (a number before T) of rd, which other writes too,
// is no count sold: both rd and other write a count in another unit.
func sharedThickness(rd, other *reading, t *token) bool {
	return rd.countsInOtherUnit(t) && other.countsInOtherUnit(t)
}

// countsInOtherUnit reports whether rd writes a count in a unit other than T besides t.
func (rd *reading) countsInOtherUnit(t *token) bool {
	for i := range rd.toks {
		if o := &rd.toks[i]; o.kind == tMeasure && o.dim == dimCount && o.unit != "t" && o.sp != t.sp {
			return true
		}
	}
	return false
}
