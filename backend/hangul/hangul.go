// Package hangul chooses Korean particles by the last sound of the word before them (받침), so a
// sentence reads "상태가", "주소가", "옵션이" — never "상태이(가)".
package hangul

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ending is what the particle rules need of a word's last sound: whether it closes on a
// consonant (받침) and whether that consonant is ㄹ (으로 → 로 after ㄹ).
type ending struct{ batchim, rieul bool }

// digitEndings are the Sino-Korean readings of the last digit: 영 일 이 삼 사 오 육 칠 팔 구.
var digitEndings = [10]ending{{true, false}, {true, true}, {}, {true, false}, {}, {}, {true, false}, {true, true}, {true, false}, {}}

// latinEndings are letters read with a closing consonant when a word ends on them (엘, 엠, 엔, 알;
// a word such as "AAA" or "XL" ends as its letter is read).
var latinEndings = map[rune]ending{'l': {true, true}, 'm': {true, false}, 'n': {true, false}, 'r': {true, true}}

// unitEndings are measures written after a number, read as their Korean names: 150g is 150그램,
// 2L 2리터, 30cm 30센티미터.
var unitEndings = map[string]ending{"g": {true, false}, "kg": {true, false}, "mg": {true, false},
	"l": {}, "ml": {}, "cm": {}, "mm": {}, "m": {}}

// unitSound is the ending of a number followed by a unit of unitEndings.
func unitSound(s string) (ending, bool) {
	low := strings.ToLower(s)
	for _, n := range []int{2, 1} {
		if len(low) <= n {
			continue
		}
		unit, before := low[len(low)-n:], low[len(low)-n-1]
		if e, ok := unitEndings[unit]; ok && before >= '0' && before <= '9' {
			return e, true
		}
	}
	return ending{}, false
}

// lastSound is the ending of word, skipping closing quotes, brackets and spaces. ok is false when
// no letter or digit is found.
func lastSound(word string) (e ending, ok bool) {
	s := strings.TrimRightFunc(word, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
	if e, ok := unitSound(s); ok {
		return e, true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		final := (r - 0xAC00) % 28
		return ending{batchim: final != 0, rieul: final == 8}, true
	case r >= '0' && r <= '9':
		return digitEndings[r-'0'], true
	case unicode.IsLetter(r):
		return latinEndings[unicode.ToLower(r)], true
	}
	return ending{}, false
}

// pick returns word followed by withBatchim or without, chosen by word's last sound; a word
// whose sound is not known takes without.
func pick(word, withBatchim, without string) string {
	if e, ok := lastSound(word); ok && e.batchim {
		return word + withBatchim
	}
	return word + without
}

// IGa is word with 이 or 가: "옵션이", "상태가".
func IGa(word string) string { return pick(word, "이", "가") }

// EulReul is word with 을 or 를: "주소를", "옵션을".
func EulReul(word string) string { return pick(word, "을", "를") }

// EunNeun is word with 은 or 는.
func EunNeun(word string) string { return pick(word, "은", "는") }

// WaGwa is word with 과 or 와.
func WaGwa(word string) string { return pick(word, "과", "와") }

// IRa is word with 이라 or 라: "결제완료 상태라", "발송처리이라" is wrong, "발송처리라" right.
func IRa(word string) string { return pick(word, "이라", "라") }

// Euro is word with 으로 or 로 (로 after a vowel or ㄹ): "옵션으로", "상자로", "서울로".
func Euro(word string) string {
	if e, ok := lastSound(word); ok && e.batchim && !e.rieul {
		return word + "으로"
	}
	return word + "로"
}
