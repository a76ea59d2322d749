package check

import "strings"

// sameStemType reports whether one of two Hangul words is a type or use word (팬티형, 식탁용)
// whose stem begins the other word (팬티스타킹, 식탁김): X형 and X용 say "of the X kind" and "for
// X", which the other name says by writing X into the goods' name. The stem is two syllables or
// more, so 대형 / 대야 or 소형 / 소스 share nothing.
func sameStemType(a, b string) bool {
	return stemTypeOf(a, b) || stemTypeOf(b, a)
}

func stemTypeOf(typed, other string) bool {
	for _, m := range [...]string{"형", "용"} {
		stem, ok := strings.CutSuffix(typed, m)
		if !ok || len(stem) < 6 || latinWord(stem) || other == stem {
			continue
		}
		if strings.HasPrefix(other, stem) && len(other) > len(stem) {
			return true
		}
	}
	return false
}
