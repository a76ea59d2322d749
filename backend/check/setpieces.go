package check

// A set sold as one is counted by the set, and the pieces it holds are its contents: 흙받이
// 1세트 against 흙받이, 4개입, 북엔드 1세트 against 북엔드, 2개입, and 푸쉬업바 against 푸쉬업바,
// 2개 1세트 name one sale of the same goods. A quantity sold (, 2개) or a second pack count
// (4개입 x 2) is still compared.

// setOfPieces reports whether rd counts one set (1세트, 1조) and nothing else, and other counts
// only the pieces of one pack (4개입, 2개입).
func setOfPieces(rd, other *reading) bool {
	if len(rd.counts) != 1 || len(other.counts) != 1 {
		return false
	}
	c, o := &rd.counts[0], &other.counts[0]
	if c.n != 1 || c.value != 1 || c.items || o.n != 1 || !o.factors[0].inner || o.value <= 1 || o.items {
		return false
	}
	t := lastCountIn(rd, c)
	return t != nil && setUnit(t.unit)
}

// piecesInOneSet reports whether rd's one count is a run of pieces then one set (2개 1세트, 3개
// 1조) and other counts one or nothing: the set is the one sold.
func piecesInOneSet(rd, other *reading) bool {
	if len(rd.counts) != 1 || len(other.counts) > 1 {
		return false
	}
	c := &rd.counts[0]
	if c.n != 2 || c.items || c.factors[0].value <= 1 || c.factors[1].value != 1 {
		return false
	}
	if ot, _ := other.total(); !same(ot, 1) {
		return false
	}
	t := lastCountIn(rd, c)
	return t != nil && setUnit(t.unit)
}

// lastCountIn is the last counted measure inside the run c of rd, or nil.
func lastCountIn(rd *reading, c *countRun) *token {
	var last *token
	for i := range rd.toks {
		t := &rd.toks[i]
		if countToken(t) && t.sp.Start >= c.sp.Start && t.sp.End <= c.sp.End {
			last = t
		}
	}
	return last
}

// setUnit reports whether a count's unit counts sets.
func setUnit(u string) bool { return u == "세트" || u == "set" || u == "조" }
