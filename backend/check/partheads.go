package check

import "unicode/utf8"

// Parts of one head. A part a name joins with a plus (고기집게 가위 세트 / 집게+가위, 드라이버비트)
// is accounted for by a word of the other name that is that part with words before it (고기집게
// for 집게: the tongs, named in full) or that is the part's last noun alone (비트 for
// 드라이버비트): a Korean compound names its goods by its last noun, so both names sell that
// part. Two words that only end alike (손싸개 and 발싸개, 목걸이 and 귀걸이) are two parts and are
// not read here. The word rule still reads the words themselves (it leaves out a compound the
// name writes itself, 고기집게 of both names).

// partHeadWritten reports whether other writes a Hangul word, not w, of two syllables or more
// that ends in the Hangul part w or that w ends in. spareparts.go asks it of the last noun of a
// part after 교체용 (펌프 헤드 against 스프레이헤드), where a word that only holds the noun inside
// (탱크형, 봉투형: the type of the device) does not write the part.
func partHeadWritten(w string, other *reading) bool {
	if w == "" || w[0] < 0xC0 || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind != tWord || t.text == w || t.text[0] < 0xC0 || utf8.RuneCountInString(t.text) < 2 {
			continue
		}
		if len(t.text) > len(w) && t.text[len(t.text)-len(w):] == w || len(w) > len(t.text) && w[len(w)-len(t.text):] == t.text {
			return true
		}
	}
	return false
}
