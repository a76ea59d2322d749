package check

import (
	"strings"
)

// Loanword spellings Korean writes two ways by the rules of its sound system, folded to one for
// the word rule:
//
//   - after ㅈ, ㅊ and ㅉ Korean does not tell a y-glide from the plain vowel, so the standard
//     spelling drops it where listings often keep it (쥬스 / 주스, 쵸콜릿 / 초콜릿, 챠콜 / 차콜,
//     져지 / 저지);
//   - an English "she" is spelt 셰 by the standard and 쉐 by habit (셰이크 / 쉐이크, 셰프 / 쉐프).
//
// Both are folded to the standard spelling. Native words with these syllables (가져, 다쳐) do
// not name goods.

const (
	onsetS, onsetSS, onsetJ, onsetJJ, onsetCh = 9, 10, 12, 13, 14
	medialWe, medialYe                        = 15, 7
)

// plainMedial maps a y-glide vowel to the plain vowel (ㅑ→ㅏ, ㅒ→ㅐ, ㅕ→ㅓ, ㅖ→ㅔ, ㅛ→ㅗ, ㅠ→ㅜ);
// -1 for the others.
var plainMedial = [21]int8{-1, -1, 0, 1, -1, -1, 4, 5, -1, -1, -1, -1, 8, -1, -1, -1, -1, 13, -1, -1, -1}

// foldedSyllable is the standard spelling of the syllable r, and whether it differs.
func foldedSyllable(r rune) (rune, bool) {
	if !isSyllable(r) {
		return r, false
	}
	s := int(r - 0xAC00)
	onset, medial, final := s/588, s%588/28, s%28
	switch {
	case (onset == onsetJ || onset == onsetJJ || onset == onsetCh) && plainMedial[medial] >= 0:
		medial = int(plainMedial[medial])
	case (onset == onsetS || onset == onsetSS) && medial == medialWe:
		medial = medialYe
	default:
		return r, false
	}
	return rune(0xAC00 + onset*588 + medial*28 + final), true
}

// addFoldedSyllables adds to set every syllable foldedSyllable rewrites, so that a word without
// one is skipped at once.
func addFoldedSyllables(set *runeSet) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if _, ok := foldedSyllable(r); ok {
			set.add(r)
		}
	}
}

// foldSpelling writes the syllables of w in their standard spelling; it allocates only when one
// differs.
func foldSpelling(w string) string {
	for i, r := range w {
		if _, ok := foldedSyllable(r); !ok {
			continue
		}
		var b strings.Builder
		b.Grow(len(w))
		b.WriteString(w[:i])
		for _, r := range w[i:] {
			f, _ := foldedSyllable(r)
			b.WriteRune(f)
		}
		return b.String()
	}
	return w
}

// transliterated reports whether two Hangul words of four syllables or more are two
// transliterations of one foreign name (르크루제 / 르쿠르제 for Le Creuset, 쇼트즈위젤 / 쇼트츠비젤
// for Zwiesel): as many syllables, the same first and last syllable and every final consonant,
// and at most two syllables told apart, each in its onset or its vowel only. Names this long that
// differ this little are spellings; a syllable that differs in both is another word (김치냉장고 /
// 김치냉동고), and shorter words differ in meaning.
func transliterated(a, b string) bool {
	if a == b || len(a) != len(b) || len(a) < 12 || !isSyllable(firstRune(a)) {
		return false
	}
	diffs, n := 0, 0
	last := false
	for i, ra := range a {
		rb, _ := decodeRune(b[i:])
		n++
		last = ra == rb
		if last {
			continue
		}
		if !isSyllable(ra) || !isSyllable(rb) || n == 1 {
			return false
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		if sa%28 != sb%28 {
			return false
		}
		if (sa/588 != sb/588) == (sa%588/28 != sb%588/28) {
			return false // onset and vowel both (냉장고 / 냉동고): another syllable
		}
		if diffs++; diffs > 2 {
			return false
		}
	}
	return last && n >= 4
}
