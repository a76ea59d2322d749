package check

import "unicode/utf8"

// Two codes in one slot. Listings write a generation or a body right after the name of what the
// goods fit (아반떼 CN7, 싼타페 TM, 쏘렌토 MQ4, 그랜저 IG), as a code of letters and digits or as two
// or three capital letters. When both names write the same word and each writes its own code right
// after it, neither writing the other's, they name two models: a model difference, as two codes of
// letters and digits already are.

// compareSlotCodes reports a model difference when one name writes a short code of letters and
// digits (four characters at most: a generation, not a part number such as OX183/5D) right after
// a Hangul word both names write and the other writes a word of two or three capital letters
// right after the same word.
func compareSlotCodes(r, e *reading, diffs []Difference) []Difference {
	if neither(r, e, kindBit(tModel)) {
		return diffs // a code of letters and digits on one side is needed
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := 1; i < len(a.toks); i++ {
			t := &a.toks[i]
			if t.kind != tModel || len(t.text) > 4 || !generationCode(t.text) || a.toks[i-1].kind != tWord || latinWord(a.toks[i-1].text) || b.writesWord(t.text) {
				continue
			}
			j := b.letterCodeAfter(a.toks[i-1].text, a)
			if j < 0 {
				continue
			}
			af := fact{text: a.name[t.sp.Start:t.sp.End], sp: t.sp}
			u := &b.toks[j]
			bf := fact{text: b.name[u.sp.Start:u.sp.End], sp: u.sp}
			if a == e {
				af, bf = bf, af
			}
			return append(diffs, difference(KindModel, nil, nil, []fact{af}, []fact{bf}))
		}
	}
	return diffs
}

// generationCode reports whether a code starts with two Latin letters, as a car's generation or
// body does (CN7, MQ4, GN7, NX4); a code of one letter is a size or a standard (볼트 M8, 전구 E26,
// 만년필 F05), and the capitals against it a material or a kind (SUS, LED, EF), not another model.
func generationCode(code string) bool {
	return len(code) >= 3 && latinByte(code[0]) && latinByte(code[1])
}

// letterCodeAfter is the index of a word of two or three capital letters that rd writes right
// after the word w and other does not write (no word of the vocabulary, the lexicon or the stop
// list: TV, PRO, LED), -1 when there is none.
func (rd *reading) letterCodeAfter(w string, other *reading) int {
	for j := 0; j+1 < len(rd.toks); j++ {
		if t := &rd.toks[j]; t.kind != tWord || t.text != w {
			continue
		}
		u := &rd.toks[j+1]
		if u.kind != tWord || u.canon != "" || u.stop || u.attr || !capitalLetters(rd.name[u.sp.Start:u.sp.End]) {
			continue
		}
		if other.writesWord(u.text) || other.writesJoined(u.text) || knownGoods(u.text) {
			continue
		}
		return j + 1
	}
	return -1
}

// capitalLetters reports whether s is two or three capital Latin letters.
func capitalLetters(s string) bool {
	if n := utf8.RuneCountInString(s); n < 2 || n > 3 || len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// latinByte reports whether c is a Latin letter of either case.
func latinByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
