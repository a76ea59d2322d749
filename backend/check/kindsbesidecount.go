package check

// A name that counts its kinds (3종) beside a count of its pieces written apart (3종 두께, 30개입;
// 3종 세트 / 30개) says how the pieces are mixed, not how many packs of them there are: the thirty
// picks come in three thicknesses. Only a count of 종 standing alone as a run, not multiplied by
// a sign (3종 x 10개 is thirty), beside a count of several pieces, is read so (2종 세트, 1세트 is a
// set of two items), and only when leaving it out makes both names count the same.

// dropKindsBesideCount drops, on either side, a run of N종 beside another count of that name when
// the name's other counts then agree with the other name's; it reports whether it dropped any.
func dropKindsBesideCount(r, e *reading, bundle int) bool {
	b := float64(bundle)
	if r.dropSideKindsBesideCount(func(without float64) bool { return same(without*b, e.units) }) {
		return true
	}
	return e.dropSideKindsBesideCount(func(without float64) bool { return same(without, r.units*b) })
}

func (rd *reading) dropSideKindsBesideCount(agree func(without float64) bool) bool {
	if len(rd.counts) < 2 {
		return false
	}
	for i := range rd.counts {
		c := &rd.counts[i]
		if c.n != 1 || c.items || c.value < 2 {
			continue
		}
		k := tokenAt(rd, c.sp)
		without := unionTotal(rd.counts, i)
		if k < 0 || rd.toks[k].kind != tMeasure || rd.toks[k].unit != "종" || without < 2 || !agree(without) {
			continue
		}
		n := 0
		return rd.dropCounts(func(*countRun) bool { n++; return n-1 == i })
	}
	return false
}
