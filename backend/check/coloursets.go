package check

import (
	"strings"
	"unicode/utf8"
)

// A colour difference where one name's colours hold every colour the other writes (화이트 실버 /
// 화이트, 카키 / 카키 브라운, 투명 블루 / 블루, 흰색/검정 / 화이트) is most often one set of goods
// described in more detail: a two-coloured shoe, a canvas with its trim, a label tape's ground
// and letters, a tint and its colour. It may also be another model that adds a colour (a frame, a
// hardware colour), so it is not dropped: it asks for a look (⚠) instead of holding the box. Two
// names whose colours each leave one out (블랙 / 화이트) still block, and so does a colour the
// other name writes only inside a longer word: a colourway written as one word (네이비앤화이트
// against 네이비) or a colour glued to the goods (블랙박스 against 블랙), and an added colour of two
// colours in one word (블랙브라운), which names a colour of its own.

// colourSetHolds reports whether both names write colours and one name's colours are all written
// by the other (rx or ex, the colours one name writes and the other does not, is empty), each as
// a word of its own.
func colourSetHolds(rf, ef, rx, ex []fact) bool {
	if len(rf) == 0 || len(ef) == 0 || (len(rx) == 0) == (len(ex) == 0) {
		return false
	}
	sub, sup, extra := rf, ef, ex // rx empty: every colour of the registered name is written by the other
	if len(ex) == 0 {
		sub, sup, extra = ef, rf, rx
	}
	for i := range extra {
		for j := i + 1; j < len(extra); j++ {
			if extra[i].word != "" && extra[i].word == extra[j].word {
				return false // 블랙브라운 against 베이지: two colours in one word name a colour of its own
			}
		}
	}
	for _, s := range sub {
		held := false
		for _, t := range sup {
			if t.key == s.key && !wordInside(s.word, t.word) && !wordInside(t.word, s.word) {
				held = true
				break
			}
		}
		if !held {
			return false
		}
	}
	return true
}

// wordInside reports whether the word a starts the longer word b, two syllables or more longer
// (네이비 of 네이비앤화이트, 블랙 of 블랙박스).
func wordInside(a, b string) bool {
	return a != "" && len(b) > len(a) && strings.HasPrefix(b, a) && utf8.RuneCountInString(b)-utf8.RuneCountInString(a) >= 2
}
