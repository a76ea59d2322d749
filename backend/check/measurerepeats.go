package check

// titleRepeatsOption reports whether the only two values of dimension d that rd writes are one
// value written in the product name and again in the option (요소수 10L / 10L 1개): the title
// repeating the option, not two parts that add up.
func (rd *reading) titleRepeatsOption(d dim) bool {
	if rd.optStart <= 0 {
		return false
	}
	var first *token
	n := 0
	for i := range rd.measures {
		t := &rd.measures[i]
		if t.dim != d || t.value <= 0 {
			continue
		}
		n++
		switch {
		case n == 1:
			first = t
		case n > 2 || !same(t.value, first.value) || first.sp.Start >= rd.optStart || t.sp.Start < rd.optStart:
			return false
		}
	}
	return n == 2
}
