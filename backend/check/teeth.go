package check

// A saw blade's teeth are written with T after the number (40T) or with the counter 날 (40날),
// and its size and teeth together as a diameter times the teeth (165 x 52T, 110 x 40T): the
// trade's notation for one blade, not 165 packs of 52. A name alone cannot tell 40T teeth from
// 40 sticks or tea bags (see lettert.go); the other name can.

// readTeeth reads rd's counts against other's measures: a bare number multiplied by a count in T
// (110 x 40T) is a length when other writes that number as a length (110mm), and a count of
// one whole number in T is the teeth of a blade when other writes the same number with 날.
func (rd *reading) readTeeth(other *reading) {
	if len(rd.counts) == 0 {
		return
	}
	dropped := false
	for k := range rd.counts {
		c := &rd.counts[k]
		if c.n != 2 || c.items || !other.writesMeasure(dimLength, c.factors[0].value) {
			continue
		}
		i := rd.tokenAt(c.sp.Start)
		if i < 0 || i+2 >= len(rd.toks) {
			continue
		}
		n, x, t := &rd.toks[i], &rd.toks[i+1], &rd.toks[i+2]
		if n.kind != tNumber || x.kind != tTimes || !isLetterT(t) || !same(c.factors[0].value, n.value) {
			continue
		}
		m := *n
		m.kind, m.dim, m.unit = tMeasure, dimLength, "mm"
		rd.measures = append(rd.measures, m)
		c.value /= n.value
		c.factors[0], c.factors[1] = c.factors[1], countFactor{}
		c.n = 1
		c.sp.Start = t.sp.Start
		dropped = true
	}
	if other.measuresIn("날") && rd.dropCounts(func(c *countRun) bool {
		t := rd.countToken(*c)
		if t == nil || c.n != 1 || !other.writesOther("날", t.num) {
			return false
		}
		m := *t
		m.dim, m.unit, m.value = dimOther, "날", t.num
		rd.measures = append(rd.measures, m)
		return true
	}) {
		return // totalled again
	}
	if dropped {
		rd.totalCounts()
	}
}

// tokenAt is the index of rd's token that starts at start, or -1.
func (rd *reading) tokenAt(start int) int {
	for i := range rd.toks {
		if rd.toks[i].sp.Start == start {
			return i
		}
	}
	return -1
}

// isLetterT reports whether t is a whole-number count written with T (40T).
func isLetterT(t *token) bool {
	return t.kind == tMeasure && t.dim == dimCount && t.unit == "t" && t.num > 0 && t.num == float64(int(t.num))
}

// measuresIn reports whether rd reads a measure in the counter or unit u.
func (rd *reading) measuresIn(u string) bool {
	for i := range rd.measures {
		if rd.measures[i].dim == dimOther && rd.measures[i].unit == u {
			return true
		}
	}
	return false
}

// writesOther reports whether rd writes v with the counter or unit u (40날).
func (rd *reading) writesOther(u string, v float64) bool {
	for i := range rd.measures {
		if m := &rd.measures[i]; m.dim == dimOther && m.unit == u && same(m.num, v) {
			return true
		}
	}
	return false
}
