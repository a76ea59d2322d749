package check

// A set of the goods and a part is written two ways: the items joined by a plus (본품 15g+리필
// 15g, 2 items) or the goods with the part said included (15g 리필포함, 리필 포함). The count the
// plus gives is then the goods and the part the other name includes, not two of the goods.

// includedItems reports whether rd's counts are all items joined by a plus and other, which
// states no count, writes every item but the main one (본품, 본체) as included, as many as the
// items counted besides the main one.
func includedItems(rd, other *reading) bool {
	if len(rd.counts) != 1 || !rd.counts[0].items || other.saysCount || !other.says.mayWrite(&sigIncluded) {
		return false
	}
	c := &rd.counts[0]
	parts := 0
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || t.sp.Start < c.sp.Start || t.sp.End > c.sp.End || mainItemWord(t.text) {
			continue
		}
		if !other.includesWord(t.text) {
			return false
		}
		parts++
	}
	return parts > 0 && same(float64(parts+1), c.value)
}

// includesWord reports whether rd writes w as included: glued to 포함 (리필포함) or followed by it
// (리필 포함).
func (rd *reading) includesWord(w string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		if t.text == w+"포함" || t.text == w && i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && rd.toks[i+1].text == "포함" {
			return true
		}
	}
	return false
}
