package check

// A value one name writes with a unit the check compares may be written by the other name with
// the same number and a word of its own for what it measures: 7단 against 7패턴 (a spray gun's
// settings), 8단 against 8트레이 (a dryer's trays), 16mm against 16파이 (a hose's diameter), 2.5mm²
// against 2.5SQ (a cable's section). The same number, said once on each side with another
// unit word that only that name writes, is one value written two ways, not a value one name
// adds. Read for the tiers (N단) and the lengths one name writes and the other does not; a
// different number (8단 against 10트레이) is still a value one name adds.

// writesNumberAs reports whether rd writes the number v as a measure of a unit the check does not
// compare (dimOther), with a unit other than not and one the other name does not write.
func (rd *reading) writesNumberAs(v float64, not string, other *reading) bool {
	for i := range rd.measures {
		m := &rd.measures[i]
		if m.dim != dimOther || m.unit == not || !same(m.num, v) || propertyUnits[m.unit] {
			continue
		}
		if !other.writesUnit(m.unit) {
			return true
		}
	}
	return false
}

// dropNumbersWrittenAs leaves out the lengths of fs (read from rd) whose number other writes with
// a unit word of its own (16mm against 16파이).
func dropNumbersWrittenAs(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if f.num <= 0 || !other.writesNumberAs(f.num, "", rd) {
			out = append(out, f)
		}
	}
	return out
}
