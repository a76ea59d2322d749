package check

import (
	"strings"
	"unicode/utf8"
)

// hanjaColours are the one-syllable colour letters the trade writes for a variant: 금 and 은
// (a medal, a badge: 금장 is gold-plated), 적 and 백 (적5+백5 of gateball balls), 황흑 (a cone
// bar in yellow and black), 흑, 청, 녹, 홍. Each stands for the colour the lexicon names.
var hanjaColours = map[rune]string{
	'흑': "블랙", '백': "화이트", '적': "레드", '홍': "레드", '청': "블루", '황': "옐로우", '녹': "그린", '금': "골드", '은': "실버",
}

// writesHanjaColours reports whether the seller's option of rd (a registered name) writes the
// colours of fs, and no other, with their one-syllable letters: a word of its own made of such
// letters (금, 황흑, 적 of 적5), or 금 or 은 with 장 (금장: gold-plated). Only the option is
// read: there the seller names the variant chosen, while in a title such a syllable is more
// often a word of its own (백 of a bag, 금 of 순금).
func (rd *reading) writesHanjaColours(fs []fact) bool {
	if rd.optStart == 0 || rd.optStart >= len(rd.name) || len(fs) == 0 {
		return false
	}
	var letters [4]string
	n := 0
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || t.sp.Start < rd.optStart || t.text[0] < 0x80 {
			continue
		}
		w := t.text
		if c := utf8.RuneCountInString(w); c == 2 && (w == "금장" || w == "은장") {
			w = w[:len(w)-len("장")]
		} else if c > 3 {
			continue
		}
		if !allHanjaColours(w) || hanjaMetal(w) {
			continue
		}
		for _, r := range w {
			if n < len(letters) {
				letters[n] = hanjaColours[r]
				n++
			}
		}
	}
	return n > 0 && sameColours(letters[:n], fs)
}

// sameColours reports whether the colours the letters stand for are the colours of fs, each
// written by the other (녹황 is not 황색 alone: the green stripe is left out).
func sameColours(letters []string, fs []fact) bool {
	for _, f := range fs {
		found := false
		for _, c := range letters {
			found = found || c == f.key
		}
		if !found {
			return false
		}
	}
	for _, c := range letters {
		found := false
		for _, f := range fs {
			found = found || c == f.key
		}
		if !found {
			return false
		}
	}
	return true
}

// allHanjaColours reports whether every syllable of w is a colour letter.
func allHanjaColours(w string) bool {
	for _, r := range w {
		if _, ok := hanjaColours[r]; !ok {
			return false
		}
	}
	return strings.TrimSpace(w) != ""
}

// hanjaMetal reports whether the letters w are the name of a metal rather than its colours: 백금
// is platinum, not white and gold (a 백금 ring is no 화이트 골드 one).
func hanjaMetal(w string) bool { return w == "백금" }
