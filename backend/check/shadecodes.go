package check

// Make-up is sold shade by shade, and a shade is named by its code and its name together (21N
// 아이보리, 17C1 페탈 아이보리, 22호 내추럴베이지, 03 로지브라운): the code alone says which shade it is,
// and a catalogue name often writes the code without the name. A colour that the option part of
// a registered name writes after the shade code that opens the option, with only words after the
// code, against an exposed name that writes the same code with no word after it and no colour of
// its own, is the shade's name, not another choice. A colour the other name writes instead (21N
// 아이보리 against 21N 베이지) is still compared.

// maxShadeNameWords is the most words a shade's name writes after its code (17C1 페탈 아이보리).
const maxShadeNameWords = 3

// shadeNamedByCode reports whether every fact of fs is a word of the shade name that follows
// the shade code opening rd's option part, a code other writes too.
func (rd *reading) shadeNamedByCode(fs []fact, other *reading) bool {
	if len(fs) == 0 || rd.optStart >= len(rd.name) {
		return false
	}
	code := -1
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.Start >= rd.optStart && t.kind != tBreak {
			code = i
			break
		}
	}
	if code < 0 || !shadeCode(&rd.toks[code]) || !other.writesCodeAlone(&rd.toks[code]) {
		return false
	}
	words := len(rd.toks) - code - 1
	if words < 1 || words > maxShadeNameWords {
		return false
	}
	for i := code + 1; i < len(rd.toks); i++ {
		if rd.toks[i].kind != tWord {
			return false
		}
	}
	start := rd.toks[code].sp.End
	for _, f := range fs {
		if f.sp.Start < start {
			return false
		}
	}
	return true
}

// shadeCode reports whether t is written as a shade's code: digits with letters glued after them
// (21N, 17C1), a number before 호 (22호), or two or three digits starting with 0 (01, 003).
func shadeCode(t *token) bool {
	switch t.kind {
	case tModel:
		return len(t.text) <= 5 && isDigit(t.text[0]) // not a paper size (A4, B5)
	case tMeasure:
		return t.unit == "호"
	case tNumber:
		return len(t.text) >= 2 && len(t.text) <= 3 && t.text[0] == '0'
	}
	return false
}

// writesCodeAlone reports whether rd writes a token of t's kind and text with no word after it:
// a word there would be the other name's own shade name (A4 핑크 against A4 민트).
func (rd *reading) writesCodeAlone(t *token) bool {
	for i := range rd.toks {
		if o := &rd.toks[i]; o.kind == t.kind && o.text == t.text {
			return i+1 == len(rd.toks) || rd.toks[i+1].kind != tWord
		}
	}
	return false
}

// shadeNamesAfterCode reports whether every word of rx (of r) and ex (of e) that the word rule
// left over is a word of a shade's name written after one shade code both names write (01 칠흑블랙
// against 01 제트블랙, 21호 린넨 against 21호 리넨): the code says which shade it is, and its name
// is the seller's or the catalogue's wording of that shade. The code must open a part of each
// name, as the option and the catalogue's variant do: 1022J 갈바 against 1022J 스테인리스 타카핀 is
// a model and its finish.
func shadeNamesAfterCode(r, e *reading, rx, ex []fact) bool {
	if len(rx) == 0 || len(ex) == 0 {
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
