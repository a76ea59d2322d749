package check

import (
	"strings"
	"unicode/utf8"
)

// A brand is written first in Coupang's name and, most often, first in the seller's title too
// (sometimes in brackets: [크노르] 컵수프). Two first words are therefore one brand written two
// ways more often than any other two words, and are compared more loosely than words elsewhere:
// two Hangul spellings that differ only in the tension of a consonant (까페모리 / 카페모리), or a
// Latin r that Korean writes as a syllable of its own (DORCO / 도루코, Knorr / 크노르). And a
// maker's name glued to the brand's Latin letters at the start of a name (LG전자, LX하우시스,
// CJ제일제당) is the maker, when the other name writes the letters alone and the rest is no word
// of the vocabulary (LED전구 is goods).

// brandWrittenOtherwise reports whether the word i of rd is a brand other writes another way: the
// first word of rd that sounds like other's first word, or the maker's name glued to the Latin
// letters that start rd when other writes those letters.
func brandWrittenOtherwise(rd *reading, i int, other *reading) bool {
	f := firstToken(rd)
	if f < 0 || i != f && i != f+1 {
		return false
	}
	if i == f+1 {
		a, t := &rd.toks[f], &rd.toks[i]
		return (a.kind == tWord || a.kind == tModel) && latinWord(a.text) && !latinWord(t.text) && a.sp.End == t.sp.Start &&
			t.canon == "" && utf8.RuneCountInString(t.text) >= 2 && (other.writesLettersAlone(a.text) || other.hasModel(codeKey(a.text)))
	}
	j := firstToken(other)
	if j < 0 || other.toks[j].kind != tWord || other.toks[j].attr || other.toks[j].text == rd.toks[i].text {
		return false
	}
	a, b := rd.toks[i].text, other.toks[j].text
	switch la, lb := latinWord(a), latinWord(b); {
	case !la && !lb:
		return tensionSpellings(a, b) // not 단결정 / 다결정, nor 삼다수 / 삼다도: two words
	case la && lb:
		return false // Canon / Canton: two Latin spellings are two names
	}
	return brandSoundsAlike(a, b)
}

// tensionSpellings reports whether two Hangul words of three syllables or more are one loanword
// spelt with a tense consonant for an aspirated or plain one (까페 / 카페, 빠리 / 파리): as many
// syllables, the same vowels and final consonants, and each starting consonant of one place of
// articulation (ㄱ ㄲ ㅋ, ㄷ ㄸ ㅌ, ㅂ ㅃ ㅍ, ㅈ ㅉ ㅊ, ㅅ ㅆ).
func tensionSpellings(a, b string) bool {
	if utf8.RuneCountInString(a) != utf8.RuneCountInString(b) || utf8.RuneCountInString(a) < 3 {
		return false
	}
	for _, ra := range a {
		rb, n := utf8.DecodeRuneInString(b)
		b = b[n:]
		if !isSyllable(ra) || !isSyllable(rb) {
			return false
		}
		sa, sb := int(ra-0xAC00), int(rb-0xAC00)
		if sa%588 != sb%588 || onsetPlace[sa/588] != onsetPlace[sb/588] {
			return false // another vowel or final, or a consonant of another place
		}
	}
	return true
}

// onsetPlace groups the initial consonants of Hangul syllables by place of articulation, plain,
// tense and aspirated together.
var onsetPlace = [19]byte{'g', 'g', 'n', 'd', 'd', 'r', 'm', 'b', 'b', 's', 's', 0, 'j', 'j', 'j', 'g', 'd', 'b', 'h'}

// writesLettersAlone reports whether rd writes the Latin word w with no Hangul glued after it:
// LG against LG전자 is the maker written out, LG전자 against LG생활건강 two makers of one group.
func (rd *reading) writesLettersAlone(w string) bool {
	for j := range rd.toks {
		if t := &rd.toks[j]; t.kind != tWord || t.text != w {
			continue
		}
		if j+1 < len(rd.toks) {
			if u := &rd.toks[j+1]; u.sp.Start == rd.toks[j].sp.End && u.kind == tWord && !latinWord(u.text) {
				continue
			}
		}
		return true
	}
	return false
}

// firstToken is the index of the first token of rd that is no bracket or separator, or -1.
func firstToken(rd *reading) int {
	for i := range rd.toks {
		if rd.toks[i].kind != tBreak {
			return i
		}
	}
	return -1
}

// brandSoundsAlike reports whether a and b sound as one name of three consonants or more, a Latin
// r read as Korean writes it when it keeps it (DORCO: 도루코) or as it leaves it out (park: 파크).
func brandSoundsAlike(a, b string) bool {
	var ka, kb soundKey
	for _, x := range [2]bool{false, true} {
		if x && !latinR(a) {
			continue
		}
		brandSound(&ka, a, x)
		for _, y := range [2]bool{false, true} {
			if y && !latinR(b) {
				continue
			}
			brandSound(&kb, b, y)
			if k, l := ka.key(), kb.key(); consonants(k) >= 3 && consonants(l) >= 3 && soundsAlike(k, l) {
				return true
			}
		}
	}
	return false
}

// latinR reports whether w is a Latin word with an r.
func latinR(w string) bool { return latinWord(w) && strings.IndexByte(w, 'r') >= 0 }

// brandSound reads w into k; with keepR, every Latin r not before a vowel is read as the syllable
// Korean writes for it (dorco as doruco, knorr as knoru).
func brandSound(k *soundKey, w string, keepR bool) {
	if !keepR {
		soundOf(k, w)
		return
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'r' && i+1 < len(w) && w[i+1] == 'r' {
			continue
		}
		b.WriteByte(c)
		if c == 'r' && (i+1 == len(w) || !latinVowel(w[i+1]) && w[i+1] != 'y') {
			b.WriteByte('u')
		}
	}
	soundOf(k, b.String())
}
