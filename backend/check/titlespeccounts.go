package check

// A registered title may count what the goods hold or take (스테이플러 100매: it staples a hundred
// sheets) while its option counts what is sold (/ 1개). Against a catalogue name that counts
// nothing in the title's counter, the title's count says what the goods are, not how many come:
// it is left out when the option counts on its own and the names then count the same.

// dropTitleSpecCounts drops a one-count run of the title of r (the registered name) when r's
// option counts too, e writes no count in that run's counter, and leaving the run out makes both
// names count the same; it reports whether it dropped one.
func dropTitleSpecCounts(r, e *reading, bundle int) bool {
	if r.optStart >= len(r.name) || len(r.counts) < 2 {
		return false
	}
	option := false
	for i := range r.counts {
		option = option || r.counts[i].sp.Start >= r.optStart
	}
	if !option {
		return false
	}
	b := float64(bundle)
	for i := range r.counts {
		c := &r.counts[i]
		if c.sp.End > r.optStart || c.n != 1 || c.items || c.weak {
			continue
		}
		t := lastCountIn(r, c)
		if t == nil || writesCountIn(e, t.unit) || !same(unionTotal(r.counts, i)*b, e.units) {
			continue
		}
		n := 0
		return r.dropCounts(func(*countRun) bool { n++; return n-1 == i })
	}
	return false
}

// writesCountIn reports whether rd writes a count in the counter u or one counted alike.
func writesCountIn(rd *reading, u string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; countToken(t) && sameCountUnit(t.unit, u) {
			return true
		}
	}
	return false
}
