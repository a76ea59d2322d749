package check

// A registered title may write one number of the goods and its option another (아이폰 15 케이스 /
// 아이폰 14, 분배기 1:2 / 1대4): the option is what the buyer chose, so the title's number is the
// listing's, not this box's. When the exposed name writes the title's number and not the option's,
// the two numbers are set against each other as the sizes of two goods are (14 ↔ 15), where
// otherwise the title's number would explain the exposed one and the option's would stand alone.
// Only numbers written in one frame are one attribute: after the same word (아이폰 15 / 아이폰 14)
// or the same number (1:2 / 1대4); a film's speed and its exposures (400 / 135-36) or a vitamin's
// name and its count (오메가3 / 180) are two attributes.

// optionChosenNumbers is the bare numbers of e that only the title of r explains, when every
// number of rx (r's unexplained size numbers) is written in r's option in the frame of such a
// title number and the option writes none of those title numbers; nil otherwise.
func optionChosenNumbers(rx []fact, r, e *reading) []fact {
	if r.optStart >= len(r.name) || len(rx) == 0 || len(e.numbers) == 0 {
		return nil
	}
	for _, f := range rx {
		if f.sp.Start < r.optStart {
			return nil
		}
	}
	var out []fact
	for i := range r.numbers {
		t := &r.numbers[i]
		if t.sp.End > r.optStart || t.value < 0 || r.optionWritesNumber(t.num) || !r.sameFrame(t.sp, rx) {
			continue
		}
		for j := range e.numbers {
			if et := &e.numbers[j]; et.value >= 0 && same(et.num, t.num) {
				out = addNumber(out, et.num, e.name, et.sp)
			}
		}
	}
	return out
}

// optionWritesNumber reports whether the option of rd writes v as a bare number.
func (rd *reading) optionWritesNumber(v float64) bool {
	for i := range rd.numbers {
		if t := &rd.numbers[i]; t.sp.Start >= rd.optStart && same(t.num, v) {
			return true
		}
	}
	return false
}

// sameFrame reports whether every fact of fs is written right after what rd writes right before
// sp: the same word, or a token of the same number (1: before 2, 1대 before 4).
func (rd *reading) sameFrame(sp Span, fs []fact) bool {
	want := rd.tokenBefore(sp)
	if want == nil {
		return false
	}
	for _, f := range fs {
		got := rd.tokenBefore(f.sp)
		if got == nil || got.kind != want.kind && !(numericToken(got) && numericToken(want)) {
			return false
		}
		if numericToken(got) && numericToken(want) {
			if !same(got.num, want.num) {
				return false
			}
		} else if got.kind != tWord || got.text != want.text {
			return false
		}
	}
	return true
}

// tokenBefore is the last token of rd that ends before sp begins, passing over breaks (:, -).
func (rd *reading) tokenBefore(sp Span) *token {
	var out *token
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.sp.End > sp.Start {
			break
		}
		if t.kind != tBreak {
			out = t
		}
	}
	return out
}

// numericToken reports whether t writes a number, bare or with a unit.
func numericToken(t *token) bool { return t.kind == tNumber || t.kind == tMeasure }
