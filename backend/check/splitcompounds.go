package check

import (
	"strings"
	"unicode/utf8"
)

// A compound one name writes as one word, the other may write in two pieces, each a word of its
// own or the end of a longer word: 국산콩두부 against 국산콩 부침두부, 오리가슴살 against 훈제오리
// 가슴살, 하얀설탕 against 하얀 건강설탕. A value read from the compound (a kind of goods, a flavour)
// that only that name states is then the other name's wording, not goods the other leaves out.
// Each piece has two syllables or more, so a syllable that many words end in explains nothing.

// writesSplit reports whether rd writes every fact of fs split in two pieces, as above.
func (rd *reading) writesSplit(fs []fact) bool {
	for _, f := range fs {
		if !rd.writesSplitWord(f.word) {
			return false
		}
	}
	return len(fs) > 0
}

// writesSplitWord reports whether rd writes the Hangul word w as two pieces, each written as a
// word or as the end of a word, in two different tokens.
func (rd *reading) writesSplitWord(w string) bool {
	if utf8.RuneCountInString(w) < 4 || w[0] < 0xEA || w[0] > 0xED {
		return false
	}
	for cut := 6; cut+6 <= len(w); cut += 3 { // Hangul syllables are three bytes
		a, b := rd.wordEnding(w[:cut], -1), -1
		if a < 0 {
			continue
		}
		if b = rd.wordEnding(w[cut:], a); b >= 0 {
			return true
		}
	}
	return false
}

// wordEnding is the index of a word token of rd, other than skip, that is piece or ends in it;
// -1 when none.
func (rd *reading) wordEnding(piece string, skip int) int {
	for i := range rd.toks {
		if t := &rd.toks[i]; i != skip && t.kind == tWord && strings.HasSuffix(t.text, piece) {
			return i
		}
	}
	return -1
}
