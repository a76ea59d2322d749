package check

import "strings"

// sameStemType reports whether one of two Hangul words is a type or use word (팬티형, 식탁용)
// whose stem begins the other word (팬티스타킹, 식탁김) or is a word the vocabulary compares as
// the other (차량용 / 자동차, 배낭형 / 백팩): X형 and X용 say "of the X kind" and "for X", which the
// other name says by writing X into the goods' name. The stem is two syllables or more, so 대형 /
// 대야 or 소형 / 소스 share nothing.
func sameStemType(a, b string) bool {
	return stemTypeOf(a, b) || stemTypeOf(b, a)
}

func stemTypeOf(typed, other string) bool {
	for _, m := range [...]string{"형", "용"} {
		stem, ok := strings.CutSuffix(typed, m)
		if !ok || len(stem) < 6 || latinWord(stem) || other == stem {
			continue
		}
		if strings.HasPrefix(other, stem) && len(other) > len(stem) || sameThing(stem, other) {
			return true
		}
	}
	return false
}

// sameStemFacts reports whether two leftover words are one word by the matcher's own readings, as
// it compares them or as the names write them: one thing to the vocabulary or the lexicon (랜덤색상
// / 혼합색상, read as one assortment), or a type or use word and a word of its stem
// (sameStemType). The word rule warns on two words only where nothing it knows makes them one.
func sameStemFacts(u, v fact) bool {
	return readAlike(u.key, v.key) || (u.word != u.key || v.word != v.key) && readAlike(u.word, v.word)
}

func readAlike(a, b string) bool { return sameStemType(a, b) || sameThing(a, b) || sameUse(a, b) }
