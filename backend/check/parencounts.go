package check

// A count followed by a count in parentheses says one quantity twice, in another counter: 10개
// (5쌍) is ten pieces that are five pairs, 20매(20장) twenty sheets. The two are not multiplied:
// the pieces are left out for the pairs (which the pair rule counts as two pieces each), and a
// count restated with the same number is read once.

// dropParenRestated leaves out, of each count written before a parenthesised count that restates
// it, one of the two runs: the pieces before pairs, or the parenthesised repeat.
func (rd *reading) dropParenRestated() {
	if len(rd.counts) < 2 {
		return
	}
	for i := 0; i+3 < len(rd.toks); i++ {
		a, o, b, c := &rd.toks[i], &rd.toks[i+1], &rd.toks[i+2], &rd.toks[i+3]
		if !countToken(a) || o.kind != tBreak || o.text != "(" || !countToken(b) || c.kind != tBreak || c.text != ")" {
			continue
		}
		var drop Span
		switch {
		case pairUnit(b.unit) && !pairUnit(a.unit) && same(a.value, 2*b.value):
			drop = a.sp // 10개(5쌍)
		case same(a.value, b.value) && !a.inner && !b.inner:
			drop = b.sp // 20매(20장)
		default:
			continue
		}
		rd.dropCountAt(drop)
	}
}

// countToken reports whether t is a count.
func countToken(t *token) bool { return t.kind == tMeasure && t.dim == dimCount && t.value > 0 }

// dropCountAt leaves out the count run of exactly the one token at sp.
func (rd *reading) dropCountAt(sp Span) {
	out := rd.counts[:0]
	for _, c := range rd.counts {
		if !(c.n == 1 && c.sp == sp) {
			out = append(out, c)
		}
	}
	rd.counts = out
}
