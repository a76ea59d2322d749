package check

// dottedInitial reports whether the size letter rs[i:j] is one of a brand's initials written with
// dots (L.L.Bean, J.Crew, M.Y.O): one letter in a chain of Latin runs joined by single dots, some
// run of which is no size. S.M.L, sizes listed with dots, stays a list of sizes.
func dottedInitial(rs []frune, i, j int) bool {
	if j != i+1 || !(j < len(rs) && rs[j].r == '.') && !(i > 0 && rs[i-1].r == '.') {
		return false
	}
	start := i // back to the chain's first run
	for start >= 2 && rs[start-1].r == '.' && rs[start-2].c == cLatin {
		start -= 2
		for start > 0 && rs[start-1].c == cLatin {
			start--
		}
	}
	runs, other := 0, false
	for k := start; ; {
		e := k
		for e < len(rs) && rs[e].c == cLatin {
			e++
		}
		runs++
		if !other {
			other = !isSizeRun(rs[k:e])
		}
		if e+1 >= len(rs) || rs[e].r != '.' || rs[e+1].c != cLatin {
			break
		}
		k = e + 1
	}
	return runs >= 2 && other
}

// isSizeRun reports whether a run of Latin letters is a size word (s, m, xl, free).
func isSizeRun(run []frune) bool {
	var buf [8]byte
	w := buf[:0]
	for _, r := range run {
		if r.r >= 0x80 || len(w) == len(buf) {
			return false
		}
		w = append(w, byte(r.r))
	}
	_, ok := sizeWordOf(string(w))
	return ok
}
