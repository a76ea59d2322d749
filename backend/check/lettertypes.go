package check

import (
	"strings"
)

// Korean listings name a type by the shape of a capital letter glued to a Hangul word: X형 and
// Y형 braces, a D컷 steering-wheel cover, a J고리 or an S훅 strap hook, G타입 and I타입 plugs, a
// C컬 or D컬 lash, a car key for the G바디 or the F바디. Two such words with different letters,
// each unwritten by the other name, name two types — whether the Hangul words are the same (Y형 /
// X형) or two words for one part (J고리 / S훅). The letter is no times sign here and no code, so
// neither the model nor the size comparison reads it; a letter type on one side alone is wording.
//
// Not read: the same letter (C타입 / C포트), a letter word the other name writes in any case, one
// the other name spells out in Hangul (O링 against 오링: the goods, not a type), and a letter the
// other name writes standing alone (C타입 against USB-C: a port named otherwise).

// letterTypeNames are the Hangul names of the capital letters, as the other name may spell a
// letter word out (O링 / 오링).
var letterTypeNames = [26]string{"에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
	"엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "지"}

// compareLetterTypes adds a Warn of the kind 종류 ("종류 Y형 ↔ X형") when each name writes a
// capital letter glued to a Hangul word, with different letters, that the other does not write.
// It runs only when nothing blocks.
func compareLetterTypes(r, e *reading, diffs []Difference) []Difference {
	if blocks(diffs) || !r.says.mayWriteCapital() || !e.says.mayWriteCapital() ||
		!capitalBeforeHangul(r.name) || !capitalBeforeHangul(e.name) {
		return diffs
	}
	return warnWordPair(r, e, diffs, KindVariety, true,
		func(aw string) bool { return letterTypeWord(aw) && !writesLetterType(e.name, aw) },
		func(aw, bw string) bool {
			return letterTypeWord(bw) && aw[0] != bw[0] && !writesLetterType(r.name, bw)
		})
}

// capitalBeforeHangul reports whether name writes a capital Latin letter right before a Hangul
// syllable (the lead byte of U+AC00-U+D7A3 is 0xEA-0xED), as every letter type word does: most
// names that write a capital write it in a code or a word of letters.
func capitalBeforeHangul(name string) bool {
	for k := 0; k+1 < len(name); k++ {
		if name[k]-'A' <= 'Z'-'A' && name[k+1]-0xEA <= 0xED-0xEA {
			return true
		}
	}
	return false
}

// letterTypeWord reports whether w is a capital letter followed by Hangul syllables only.
func letterTypeWord(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, c := range w[1:] {
		if c < 0xAC00 || c > 0xD7A3 {
			return false
		}
	}
	return true
}

// writesLetterType reports whether name writes the letter word w: as a word of its own in either
// case, with its letter spelled out in Hangul (O링 as 오링), or its letter standing alone.
func writesLetterType(name, w string) bool {
	for i := 0; ; {
		s, e := nextCodeWord(name, i, true)
		if s < 0 {
			break
		}
		i = e
		if strings.EqualFold(name[s:e], w) {
			return true
		}
	}
	return strings.Contains(name, letterTypeNames[w[0]-'A']+w[1:]) || writesLetterAlone(name, w[0])
}

// writesLetterAlone reports whether name writes the capital letter c, in either case, with no
// Latin letter or digit beside it: a port or a type the name names otherwise (USB-C, Type-C,
// C to C, C포트 against C타입).
func writesLetterAlone(name string, c byte) bool {
	for k := 0; k < len(name); k++ {
		if name[k] != c && name[k] != c+'a'-'A' {
			continue
		}
		if (k == 0 || !latinOrDigit(name[k-1])) && (k+1 == len(name) || !latinOrDigit(name[k+1])) {
			return true
		}
	}
	return false
}

// latinOrDigit reports whether c is a Latin letter or a digit.
func latinOrDigit(c byte) bool { return isLatinLetter(c) || c >= '0' && c <= '9' }
