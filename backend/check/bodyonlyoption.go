package check

// A listing that joins a part to the goods with a plus (라벨프린터 + 라벨테이프, 청소기 + 물걸레
// 키트) and offers the goods alone as an option (본체만, 베어툴): the buyer who picked that option
// bought the goods without the part, so the part of the title is not part of the registered goods.

// bodyOnlyWords are the option words that choose the goods without their parts, the lexicon's
// group of 본체만 (lexicon.go).
var bodyOnlyWords = map[string]bool{"본체만": true, "베어툴": true, "bare": true, "baretool": true, "본체단품": true}

// titlePartOfBodyOnly reports whether token k of rd is a part written in rd's title before its
// option, and the option chooses the goods alone (본체만): the option leaves the part out.
func (rd *reading) titlePartOfBodyOnly(k int) bool {
	if rd.optStart <= 0 || rd.toks[k].sp.End > rd.optStart {
		return false
	}
	for i := len(rd.toks) - 1; i >= 0 && rd.toks[i].sp.Start >= rd.optStart; i-- {
		if t := &rd.toks[i]; t.kind == tWord && (bodyOnlyWords[t.text] || bodyOnlyWords[t.canon]) {
			return true
		}
	}
	return false
}
