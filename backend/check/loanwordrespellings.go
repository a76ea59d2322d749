package check

import "unicode/utf8"

// Korean writes one loanword several ways where the foreign sound has no Hangul letter of its
// own, and a seller and Coupang's catalogue often pick different ones:
//
//   - an unstressed vowel after the first syllable: a schwa written ㅓ or ㅏ (노멀 / 노말,
//     스탠더드 / 스탠다드, 매뉴얼 / 매뉴알), a short i written ㅣ or ㅔ (펠릿 / 펠렛, 비스킷 /
//     비스켓, 캐비닛 / 캐비넷);
//   - a consonant written tense as it is said (떼에마 / 테에마, 까르보나라 / 카르보나라,
//     싸인펜 / 사인펜), in words of three syllables or more.
//
// Only one syllable may differ, and never the first's vowel, which separates words (말통 /
// 물통, 벨트 / 볼트, 반품 / 본품), nor a vowel before a final consonant loanwords do not end an
// unstressed syllable with (가정 / 가장); a plain against an aspirated consonant is no such spelling
// (베이스 / 페이스, 밴드형 / 팬티형), nor a final consonant dropped (단결정 / 다결정).

// respeltLoanword reports whether two Hangul words are one loanword written two of these ways.
func respeltLoanword(a, b string) bool {
	if a == b || len(a) != len(b) || len(a) < 6 || a[0] < 0x80 || b[0] < 0x80 {
		return false
	}
	syllables := len(a) / 3 // every rune is checked below to be a syllable, of three bytes
	diffs, tense, vowel := 0, false, false
	for i := 0; len(a) > 0; i++ {
		ra, n := utf8.DecodeRuneInString(a)
		rb, m := utf8.DecodeRuneInString(b)
		if n != m || !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		a, b = a[n:], b[m:]
		if ra == rb {
			continue
		}
		if diffs++; diffs > 1 {
			return false // only one syllable may differ: the rest need not be read
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		iniA, medA, finA := sa/588, sa%588/28, sa%28
		iniB, medB, finB := sb/588, sb%588/28, sb%28
		switch {
		case finA != finB:
			return false
		case iniA == iniB && i > 0 && unstressedVowels(medA, medB) && loanEnding(finA):
			vowel = true
		case medA == medB && onsetPlace[iniA] == onsetPlace[iniB] && (tenseOnset(iniA) != tenseOnset(iniB)):
			tense = true
		default:
			return false
		}
	}
	if diffs != 1 {
		return false
	}
	return vowel || tense && syllables >= 3
}

// loanEnding reports whether a final consonant (index of the Hangul syllable table) ends the
// unstressed syllables of loanwords: none (스탠다드), ㄹ for -al, -el, -er (노멀, 매뉴얼) or ㅅ
// for -et, -it (펠릿, 비스킷). Sino-Korean syllables end in ㅇ, ㄴ, ㅁ, ㄱ, ㅂ too, where one
// vowel makes another word (가정 / 가장, 안장 / 안정).
func loanEnding(fin int) bool {
	const none, rieul, siot = 0, 8, 19
	return fin == none || fin == rieul || fin == siot
}

// unstressedVowels reports whether two medial vowels (indices of the Hangul syllable table) are a
// schwa written ㅓ or ㅏ, or a short i written ㅣ or ㅔ.
func unstressedVowels(x, y int) bool {
	const a, eo, e, i = 0, 4, 5, 20 // ㅏ ㅓ ㅔ ㅣ
	return x == a && y == eo || x == eo && y == a || x == e && y == i || x == i && y == e
}

// tenseOnset reports whether an initial consonant (index of the Hangul syllable table) is tense:
// ㄲ ㄸ ㅃ ㅆ ㅉ.
func tenseOnset(c int) bool { return c == 1 || c == 4 || c == 8 || c == 10 || c == 13 }
