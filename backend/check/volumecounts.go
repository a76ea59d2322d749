package check

// volumeBeforeOne reports whether the count run c is a number written with a counter followed by
// a count of one (원피스 104권 1권: volume 104, one book), read together as 104 × 1; the first
// number is then tried as a number of the goods' name like a count of its own (namenumbers.go).
func volumeBeforeOne(c *countRun) bool {
	return c.n == 2 && !c.weak && c.factors[0].value >= 2 && same(c.factors[1].value, 1)
}

// writesVolume reports whether rd writes n with the book counter 권 (나루토 / 1권): against
// NARUTO 나루토 1, 1권 it may be the volume the number after the title names, not another
// generation of the title.
func (rd *reading) writesVolume(n float64) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && t.unit == "권" && same(t.value, n) {
			return true
		}
	}
	return false
}
