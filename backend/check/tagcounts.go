package check

// A registered title often opens with a tag in brackets that advertises the pack ([2개입] 보조미러,
// [3매입] 수유브라), and the option then chooses that pack again (/ 사각 2개): the tag and the option
// say one count twice, not two packs of two. The tag's count is left out when a count the name
// writes after it has the same number (read alike in a name without an option, so that a name
// compared with itself agrees); a tag nothing restates is still a count.

// dropTagRestated leaves out the count rd writes as the only content of a bracketed tag at its
// start when a later count of rd, written alone, has the same number.
func (rd *reading) dropTagRestated() {
	if len(rd.counts) < 2 || len(rd.toks) < 3 {
		return
	}
	o, t, c := &rd.toks[0], &rd.toks[1], &rd.toks[2]
	if o.kind != tBreak || o.text != "[" || !countToken(t) || c.kind != tBreak || c.text != "]" {
		return
	}
	restated := false
	for i := range rd.counts {
		k := &rd.counts[i]
		restated = restated || k.sp.Start > c.sp.End && k.n == 1 && !k.items && same(k.value, t.value)
	}
	if restated {
		rd.dropCounts(func(k *countRun) bool { return k.sp == t.sp && k.n == 1 })
	}
}
