package check

// A name may write the total of a unit beside the parts it adds up to (냉면 세트 10인분 / 물냉면
// 5인분+비빔냉면 5인분): against a name that writes the parts alone, the total is no other value.

// totalOfParts reports whether the one value of x is the sum of the other values rd writes in the
// unit, two parts or more, each joined to the next by a plus.
func totalOfParts(x []fact, rd *reading, unit string) bool {
	if len(x) != 1 || x[0].value <= 0 {
		return false
	}
	sum, n := 0.0, 0
	for i := range rd.measures {
		t := &rd.measures[i]
		if t.dim != dimOther || t.unit != unit || same(t.value, x[0].value) {
			continue
		}
		sum += t.value
		n++
	}
	return n >= 2 && same(sum, x[0].value) && partsJoined(rd, unit, x[0].value)
}

// partsJoined reports whether each value rd writes in the unit, other than total, is joined to
// the next by a plus (5인분+비빔냉면 5인분), with no other value between them.
func partsJoined(rd *reading, unit string, total float64) bool {
	prev, plus := -1, false
	for i := range rd.toks {
		t := &rd.toks[i]
		switch {
		case t.kind == tPlus:
			plus = true
		case t.kind == tMeasure && t.dim == dimOther && t.unit == unit && !same(t.value, total):
			if prev >= 0 && !plus {
				return false
			}
			prev, plus = i, false
		case t.kind == tMeasure:
			plus = false
		}
	}
	return prev >= 0
}
