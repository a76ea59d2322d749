package check

import (
	"strings"
)

// finalSounds groups the syllable-final consonants by how they are said: a final ㅍ is said ㅂ
// (캣닢 / 캣닙), a final ㅅ, ㅆ, ㅈ, ㅊ, ㅌ, ㅎ is said ㄷ (꽃 / 꼳), ㄲ and ㅋ are said ㄱ.
var finalSounds = [28]byte{0, 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'm', 'p', 'p', 't', 't', 'q', 't', 't', 'k', 't', 'p', 't'}

// samePronunciation reports whether two Hangul spellings of two syllables or more are said the
// same and differ only where a loanword is written two ways: a final consonant said alike (캣닢 /
// 캣닙) or an f written ㅎ or ㅍ before the same vowel (호일 / 포일, 화이팅 / 파이팅).
func samePronunciation(a, b string) bool {
	return differingSyllables(a, b, func(_ int, x, y jamo) bool {
		const hieut, pieup = 18, 17
		return x.med == y.med && finalSounds[x.fin] == finalSounds[y.fin] &&
			(x.ini == y.ini || x.ini == hieut && y.ini == pieup || x.ini == pieup && y.ini == hieut)
	})
}

// jamo are the initial consonant, vowel and final consonant of a Hangul syllable, as indices of
// the syllable table.
type jamo struct{ ini, med, fin int }

// differingSyllables walks two Hangul words of two syllables or more and of one length syllable by
// syllable and calls differ with the place and the letters of each syllable where they differ; it
// reports false when the words are the same, of other lengths, not all syllables, or differ says
// false at a place.
func differingSyllables(a, b string, differ func(i int, x, y jamo) bool) bool {
	if a == b || len(a) != len(b) || len(a) < 6 || a[0] < 0x80 || b[0] < 0x80 {
		return false
	}
	for i := 0; len(a) > 0; i++ {
		ra, n := decodeRune(a)
		rb, m := decodeRune(b)
		if n != m || !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		a, b = a[n:], b[m:]
		if ra == rb {
			continue
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		if !differ(i, jamo{sa / 588, sa % 588 / 28, sa % 28}, jamo{sb / 588, sb % 588 / 28, sb % 28}) {
			return false
		}
	}
	return true
}

// shortLoanwords are loanwords of fewer than two consonants, which the sound key cannot match
// across scripts (phonetic.go matches words of two consonants or more): 에어 / air, 오일 / oil.
// Each Hangul spelling is listed with its Latin one; the map holds both directions.
var shortLoanwords = func() map[string]string {
	pairs := [][2]string{
		{"에어", "air"}, {"오일", "oil"}, {"아이스", "ice"}, {"에코", "eco"}, {"오토", "auto"}, {"이지", "easy"},
		{"아쿠아", "aqua"}, {"알로에", "aloe"}, {"아이", "eye"}, {"에그", "egg"}, {"아트", "art"}, {"원", "one"},
		{"투", "two"}, {"업", "up"}, {"아웃", "out"}, {"오프", "off"}, {"이어", "ear"}, {"아이언", "iron"},
		{"유로", "euro"}, {"오로라", "aurora"}, {"에이스", "ace"}, {"오아시스", "oasis"}, {"아이보", "aibo"},
		{"카", "car"},
	}
	m := make(map[string]string, 2*len(pairs))
	for _, p := range pairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()

// hangulPlural reports whether one Hangul spelling is the other's English plural as Korean writes
// it: a final 트 (t) becomes 츠 (ts): 라이트 / 라이츠, 파트 / 파츠, 포인트 / 포인츠.
func hangulPlural(a, b string) bool {
	if len(a) != len(b) || len(a) < 6 {
		return false
	}
	if strings.HasSuffix(b, "츠") {
		a, b = b, a
	}
	stem, ok := strings.CutSuffix(a, "츠")
	return ok && stem != "" && strings.HasSuffix(b, "트") && b[:len(b)-len("트")] == stem
}

// respelledSounds reports whether a word the vocabulary respelled in the other script (foldable
// compared as 접이식) sounds like the key wk, of a word in the script latin says, as it was written.
func respelledSounds(wk []byte, latin bool, t *token) bool {
	if t.raw == "" || t.raw == t.text || (t.raw[0] < 0x80) == latin {
		return false
	}
	var k soundKey
	soundOf(&k, t.raw)
	return soundsAlike(wk, k.key())
}

// batchimVariant reports whether two Hangul loanword spellings of four syllables or more differ
// only by a final consonant one of them adds to one syllable (러플웨어 / 러프웨어, 파타고니아 /
// 파타곤니아): a long loanword is written with and without it.
func batchimVariant(a, b string) bool {
	// fewer than 4 bytes: fewer than 4 runes; and the words differ in one syllable, so they are
	// as long in bytes as they are in runes
	if a == b || len(a) != len(b) || len(a) < 4 || a[0] < 0x80 || b[0] < 0x80 {
		return false
	}
	if n := runeCount(a); n < 4 || n != runeCount(b) {
		return false
	}
	diffs := 0
	for len(a) > 0 {
		ra, n := decodeRune(a)
		rb, m := decodeRune(b)
		a, b = a[n:], b[m:]
		if ra == rb {
			continue
		}
		if !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		if sa/28 != sb/28 || sa%28 != 0 && sb%28 != 0 { // same initial and vowel, one has no final
			return false
		}
		diffs++
	}
	return diffs == 1
}

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
	diffs, tense, vowel := 0, false, false
	same := differingSyllables(a, b, func(i int, x, y jamo) bool {
		if diffs++; diffs > 1 {
			return false // only one syllable may differ: the rest need not be read
		}
		switch {
		case x.fin != y.fin:
			return false
		case x.ini == y.ini && i > 0 && unstressedVowels(x.med, y.med) && loanEnding(x.fin):
			vowel = true
		case x.med == y.med && onsetPlace[x.ini] == onsetPlace[y.ini] && (tenseOnset(x.ini) != tenseOnset(y.ini)):
			tense = true
		default:
			return false
		}
		return true
	})
	syllables := len(a) / 3 // differingSyllables read every rune as a syllable, of three bytes
	return same && diffs == 1 && (vowel || tense && syllables >= 3)
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
