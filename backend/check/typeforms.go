package check

import (
	"strings"
	"unicode/utf8"
)

// typeEndings are the endings Korean listings put after a stem to say the goods are of that
// form or kind: 형 (type), 식 (way it works) and 모양 (shape). Listings write one form with any of
// them (빗모양 / 빗형, 작두형 / 작두식, 조절식 / 조절형), so a word with one ending is accounted for by
// the same stem with another.
var typeEndings = [...]string{"모양", "형", "식"}

// typeEndingOf splits a Hangul word into its stem and type ending; ok is false when the word ends
// in none or is the ending alone.
func typeEndingOf(w string) (stem, ending string, ok bool) {
	for _, e := range typeEndings {
		if s, found := strings.CutSuffix(w, e); found && s != "" && !latinWord(s) {
			return s, e, true
		}
	}
	return "", "", false
}

// sameFormOtherEnding reports whether a and b are one stem with two different type endings. 형
// and 식 need a stem of two syllables or more (대형 / 대식, 소형 / 소식 are other words); 모양 says
// the shape whatever the stem's length (빗모양 / 빗형).
func sameFormOtherEnding(a, b string) bool {
	if len(a) < 6 || len(b) < 6 {
		return false
	}
	la, _ := lastRune(a)
	lb, _ := lastRune(b)
	if !typeEndingRune(la) || !typeEndingRune(lb) {
		return false // most words end otherwise: one look at the last syllables
	}
	sa, ea, ok := typeEndingOf(a)
	if !ok {
		return false
	}
	sb, eb, ok := typeEndingOf(b)
	if !ok || ea == eb || sa != sb {
		return false
	}
	return utf8.RuneCountInString(sa) >= 2 || ea == "모양" || eb == "모양"
}

func typeEndingRune(r rune) bool { return r == '형' || r == '식' || r == '양' }
