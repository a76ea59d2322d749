package check

import "strings"

// A name says the goods are free of something in two ways: the word with the negation prefix 무
// glued before it (무불소, 무색소) or the word followed by a word saying it is left out (불소
// 무함유, 색소 프리: freeWords, codes.go). compareOpposites reads the two as one statement, not
// opposites; compareVariants must not read 무 as a variant syllable (무 is a radish too) before
// the word the other name writes free of.

// writtenFreeOf reports whether the word w of a name is 무 before a word of two syllables or
// more that other writes followed by a free word (무불소 against 불소 무함유).
func writtenFreeOf(w string, other *reading) bool {
	stem, ok := strings.CutPrefix(w, "무")
	if !ok || !hasRunes(stem, 2) {
		return false
	}
	for j := range other.toks {
		if u := &other.toks[j]; u.kind == tWord && u.text == stem && freeOf(other, j) {
			return true
		}
	}
	return false
}
