package check

// Two wordings of one shade: make-up is sold shade by shade, and a shade is named by its code and
// its name together (01 칠흑블랙, 21호 린넨). Where both names write the same shade code and each
// writes its own words after it, those words are the seller's and the catalogue's names of that
// one shade. (A shade's name against the code written bare is shadenames.go's.)

// shadeNamesAfterCode reports whether every word of rx (of r) and ex (of e) that the word rule
// left over is a word of a shade's name written after one shade code both names write (01 칠흑블랙
// against 01 제트블랙, 21호 린넨 against 21호 리넨): the code says which shade it is, and its name
// is the seller's or the catalogue's wording of that shade. The code must open a part of each
// name, as the option and the catalogue's variant do: 1022J 갈바 against 1022J 스테인리스 타카핀 is
// a model and its finish.
func shadeNamesAfterCode(r, e *reading, rx, ex []fact) bool {
	if len(rx) == 0 || len(ex) == 0 || vocabularyWordIn(rx) || vocabularyWordIn(ex) {
		return false
	}
	var code token
	found := false
	for _, side := range [2]struct {
		rd *reading
		fs []fact
	}{{r, rx}, {e, ex}} {
		for _, f := range side.fs {
			for _, sp := range factSpans(f) {
				c := side.rd.shadeCodeBefore(sp)
				if c == nil || found && (c.kind != code.kind || c.text != code.text) {
					return false
				}
				code, found = *c, true
			}
		}
	}
	return found
}

// shadeCodeBefore is the shade code the word at sp follows, with only words of the shade's name
// between them, where the code opens a part of the name (after / or a comma), or nil.
func (rd *reading) shadeCodeBefore(sp Span) *token {
	i := tokenAt(rd, sp)
	if i < 0 || rd.toks[i].kind != tWord {
		return nil
	}
	for k := i - 1; k >= 0 && i-k <= maxShadeNameWords; k-- {
		t := &rd.toks[k]
		if t.kind == tWord {
			continue
		}
		if shadeCode(t) && k > 0 && rd.toks[k-1].kind == tBreak {
			return t // the code opens the option or a part of a catalogue name (/ 01, , 01)
		}
		return nil
	}
	return nil
}

// shadeCode reports whether t is written as a shade's code: a shade number (shadeNumber: 21호,
// 17C1, PK002) or two or three digits starting with 0 (01, 003).
func shadeCode(t *token) bool {
	return shadeNumber(t) || t.kind == tNumber && len(t.text) >= 2 && len(t.text) <= 3 && t.text[0] == '0'
}

// vocabularyWordIn reports whether a word of fs is a word of the vocabulary (여름용, 겨울용): a
// word the vocabulary knows names a thing of its own, not a shade's coined name, and two such
// words after one code (R17 여름용 against R17 겨울용) are two goods of that size.
func vocabularyWordIn(fs []fact) bool {
	for _, f := range fs {
		if knownGoods(f.key) {
			return true
		}
	}
	return false
}
