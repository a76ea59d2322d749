package check

import "strings"

// Korean writes the L shape (a right-angle bend: L자 젠더, L형 책상) with a Hangul letter of
// that shape as often as with the Latin L: ㄱ자 and ㄴ자 (꺾임 젠더, 코너 책상). The Latin letter is
// read apart from its ending (l, 자형), so a ㄱ자 or ㄴ자 of one name is the L자 of the other.

// hangulLShape reports whether w is the L shape written with ㄱ or ㄴ: ㄱ자, ㄴ자형, ㄱ형. NFKC folds
// the letters to their leading-consonant forms (U+1100, U+1102).
func hangulLShape(w string) bool {
	for _, letter := range [...]string{"\u1100", "\u1102", "ㄱ", "ㄴ"} { // as folded (NFKC) and as written
		if rest, ok := strings.CutPrefix(w, letter); ok {
			return lShapeEnding(rest)
		}
	}
	return false
}

func lShapeEnding(s string) bool { return s == "자" || s == "자형" || s == "형" }

// writesLatinLShape reports whether rd writes the L shape with the Latin letter: L자, L자형, L형.
func (rd *reading) writesLatinLShape() bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.text == "l" && i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && lShapeEnding(rd.toks[i+1].text) &&
			t.sp.End == rd.toks[i+1].sp.Start {
			return true
		}
		if rest, ok := strings.CutPrefix(t.text, "l"); ok && t.kind == tWord && lShapeEnding(rest) {
			return true
		}
	}
	return false
}
