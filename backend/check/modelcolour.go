package check

import "strings"

// sharedProductCode reports whether the product part of rd writes a model code (G2, C3-520,
// 15Z90S-GA5PK) or a model number of three digits or more (싱거 4423) that other writes too: the
// two names then name one model, whose colour a catalogue name often leaves out when the model
// comes in one colour.
func (rd *reading) sharedProductCode(other *reading) bool {
	end := rd.optStart
	if end == 0 {
		end = len(rd.name)
	}
	for _, m := range rd.models {
		if m.sp.Start < end && other.explainsCode(m.key) {
			return true
		}
	}
	for i := range rd.numbers {
		t := &rd.numbers[i]
		if t.sp.Start < end && len(t.text) >= 3 && t.text[0] != '0' && t.num >= 100 && other.writes(t.num) {
			return true
		}
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.Start < end && letterCode(t) && other.writesLetterCode(t.text) {
			return true // NT-USB against NTUSB
		}
	}
	return false
}

// letterCode reports whether t is a code of Latin letters in two parts or more joined by hyphens,
// each of two letters or more, that names no listed value (NT-USB; not wi-fi or usb-c).
func letterCode(t *token) bool {
	if t.kind != tWord || t.text == "" || t.text[0] >= 0x80 || strings.IndexByte(t.text, '-') < 0 {
		return false
	}
	for _, part := range strings.Split(t.text, "-") {
		if len(part) < 2 {
			return false
		}
	}
	e, listed := wordIndex[joinedKey(t.text)]
	return !listed || e.flags&wfIndexed == 0
}

// writesLetterCode reports whether rd writes the letter code c, with or without its hyphens.
func (rd *reading) writesLetterCode(c string) bool {
	key := joinedKey(c)
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (t.text == c || t.text == key) {
			return true
		}
	}
	return false
}

// modelColour: a colour said by one name only when both name the same model by its code (나인봇
// 맥스 G2 / 블랙 against Ninebot MAX G2 전동 킥보드) is that model's colour, not the buyer's choice:
// the registered one must be in the option part, where the seller states what the model is sold
// in, and the other name must say no colour at all.
func modelColour(r, e *reading, rn, en int) bool {
	switch {
	case en == 0 && rn > 0:
		for _, f := range r.attrs {
			if f.kind == attrColor && f.sp.Start < r.optStart {
				return false
			}
		}
		return r.sharedProductCode(e) && !e.endsWithOwnWord(r)
	case rn == 0 && en > 0:
		return r.sharedProductCode(e) && !r.optionOwnWord(e)
	}
	return false
}

// optionOwnWord reports whether the option part of a registered name rd writes a word of its own
// that other does not account for (BZ-R350 / 우드 against BZ-R350 화이트: 우드 is the buyer's choice,
// a finish no class knows, so the other name's colour is not the model's only one).
func (rd *reading) optionOwnWord(other *reading) bool {
	if rd.optStart <= 0 || rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range unaccounted(rd, other) {
		if f.sp.Start < rd.optStart {
			continue
		}
		for i := range rd.toks {
			if t := &rd.toks[i]; t.sp == f.sp && !mainItemWord(t.text) {
				return true // not the main item (본체; 단품 and 기본 are stop and package words): a choice of its own
			}
		}
	}
	return false
}

// endsWithOwnWord reports whether the last word of rd, where a catalogue name writes the option,
// is a word of its own that other does not account for and that names no goods (로즈쿼츠 at the
// end of 스탠리 퀜처 H2.0 텀블러 40oz 로즈쿼츠: a colour no class knows).
func (rd *reading) endsWithOwnWord(other *reading) bool {
	last := -1
	for i := len(rd.toks) - 1; i >= 0 && last < 0; i-- {
		switch t := &rd.toks[i]; {
		case t.kind == tBreak, t.kind == tMeasure && t.dim == dimCount:
			// the quantity Coupang writes at the end (, 1개)
		case t.kind == tWord && contentWord(t):
			last = i
		case t.kind == tWord && !t.attr:
			// a stop word
		default:
			return false // a code, a measure or a listed word ends the name
		}
	}
	if last < 0 {
		return false
	}
	t := &rd.toks[last]
	if knownGoods(t.text) || t.canon != "" {
		return false
	}
	for _, f := range unaccounted(rd, other) {
		if f.sp == t.sp {
			return true
		}
	}
	return false
}
