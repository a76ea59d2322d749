package check

// A count written twice side by side, with no multiplier sign between (24개 2박스, 12개 1다스, 14칸
// 100매), is one count restated, or a count beside a spec, not a product: against a name that
// states one of the two alone, with the same counter word (24개, 12개, 100매), it is the same
// count. Another counter word keeps the product: 100매 10박스 against 100개 is ten boxes.

// restatedCount reports whether rd writes its one count as two counts side by side with no
// multiplier between them, one of which other writes alone with the same counter word.
// A search title that writes the option's count again (트레킹폴 2개1조 / 2개1조) restates it too.
func restatedCount(rd, other *reading) bool {
	if len(rd.counts) == 0 || len(other.counts) != 1 || other.counts[0].n != 1 {
		return false
	}
	oc := &other.counts[0]
	if oc.items || oc.weak {
		return false
	}
	ot := countTokenIn(other, oc.sp, 0)
	if ot == nil {
		return false
	}
	for i := range rd.counts {
		c := &rd.counts[i]
		if !same(c.value, rd.counts[0].value) || !restatedRun(rd, c, ot) {
			return false
		}
	}
	return true
}

// restatedRun reports whether the run c of rd is two counts side by side, one of which is ot.
func restatedRun(rd *reading, c *countRun, ot *token) bool {
	if c.n != 2 || c.items || c.weak {
		return false
	}
	for k := 0; k < 2; k++ {
		t := countTokenIn(rd, c.sp, k)
		if t == nil {
			return false
		}
		if t.unit == ot.unit && same(t.value, ot.value) {
			return countTokenIn(rd, c.sp, 2) == nil && !signInside(rd, c.sp)
		}
	}
	return false
}

// countTokenIn is the k-th count token (a number with a counter) inside sp, nil when there is none.
func countTokenIn(rd *reading, sp Span, k int) *token {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.sp.Start >= sp.Start && t.sp.End <= sp.End && t.kind == tMeasure && t.dim == dimCount {
			if k == 0 {
				return t
			}
			k--
		}
	}
	return nil
}

// signInside reports whether a multiplier, a plus or a break stands inside sp.
func signInside(rd *reading, sp Span) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.sp.Start >= sp.Start && t.sp.End <= sp.End && (t.kind == tTimes || t.kind == tPlus || t.kind == tBreak) {
			return true
		}
	}
	return false
}
