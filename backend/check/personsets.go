package check

// N인조 counts the people a set serves (4인조 홈세트, 5인조 수저), and a count of pieces written
// right after it (4인조 24피스) says what the set holds: the set is not 4 × 24 pieces. The count
// of people is left out of a run that goes on with another count; alone (6인조 against 6개) it
// still counts the set's place settings, as before.

// sigPersonSets is what a name writing the unit 인조 writes.
var sigPersonSets = sigOf("인조")

// personSetsInRuns takes the factor of 인조 out of each count run where a count follows it.
func (rd *reading) personSetsInRuns() {
	if !rd.says.mayWrite(&sigPersonSets) {
		return // no 인조: no token to look for
	}
	for i := 0; i+1 < len(rd.toks); i++ {
		t, n := &rd.toks[i], &rd.toks[i+1]
		if t.kind != tMeasure || t.unit != "인조" || !countToken(n) || t.value <= 0 {
			continue
		}
		for ci := range rd.counts {
			c := &rd.counts[ci]
			if c.sp.Start != t.sp.Start || c.n < 2 || c.n > maxFactors || c.factors[0].value != t.value {
				continue
			}
			copy(c.factors[:], c.factors[1:c.n])
			c.n--
			c.value /= t.value
			c.sp.Start = n.sp.Start
		}
	}
}
