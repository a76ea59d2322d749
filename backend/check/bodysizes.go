package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// The size of the goods' body written as a word. Korean listings name the size of a bag, a
// notebook or a deck of cards with a loanword before or after the goods word — 미니 크로스백,
// 포켓 노트, 스탠다드 인덱스, 라지 크로스백, 점보 인덱스 — and the lexicon reads them in different
// ways (미니 as a model variant or an adjective, 라지 as a clothing size, 포켓 and 스탠다드 not at
// all), so two names writing two of them were never compared. Small, standard and large are one
// dimension: one name writing a small word and the other a large or standard one (and neither
// writing a word of the other's size) sells another size of the goods. It asks for a look: the
// word may be part of a line's name. When both names write a clothing size (미니 원피스 / L
// against 원피스, 라지), the size rule has compared them and found them one: 라지 is the size of
// the clothes, and 미니 or 포켓 their style (a mini dress, a pocket shirt).

const (
	bodySmall = iota + 1
	bodyStandard
	bodyLarge
)

// bodySizeWords are the words of the body's size, by size, in Hangul and Latin.
var bodySizeWords = [...]struct {
	word string
	size int
}{
	{"미니", bodySmall}, {"mini", bodySmall}, {"포켓", bodySmall}, {"pocket", bodySmall}, {"스몰", bodySmall}, {"small", bodySmall},
	{"스탠다드", bodyStandard}, {"standard", bodyStandard}, {"레귤러", bodyStandard}, {"regular", bodyStandard},
	{"라지", bodyLarge}, {"large", bodyLarge}, {"점보", bodyLarge}, {"jumbo", bodyLarge},
}

// bodySizeSigs are the letters (small) and syllables of bodySizeWords: a name that lacks a letter
// (in either case) or a syllable of each of them writes no body size.
// Their key (sigSetOf) is tested first: a name with none of the words' key bits spells none.
var bodySizeSigs = func() sigSet {
	ws := make([]string, len(bodySizeWords))
	for i, b := range bodySizeWords {
		ws[i] = b.word
	}
	set := sigSetOf(ws...)
	set.sigs = leastSigs(set.sigs)
	return set
}()

// compareBodySizes warns when the two names write the body's size in words of different sizes.
func compareBodySizes(r, e *reading, diffs []Difference) []Difference {
	if rs := smallLetters(r.says); !rs.mayWriteSome(&bodySizeSigs) {
		return diffs // a size on both sides is needed, and the registered name spells none
	}
	for i := range diffs {
		if diffs[i].Kind == KindSize {
			return diffs // the sizes are already compared
		}
	}
	rs := r.bodySizes(e, nil)
	if rs == 0 {
		return diffs
	}
	es := e.bodySizes(r, nil)
	if es == 0 || rs&es != 0 || rs&(rs-1) != 0 || es&(es-1) != 0 {
		return diffs // one side silent, a shared size, or a name listing two sizes
	}
	var rf, ef []fact
	r.bodySizes(e, &rf)
	e.bodySizes(r, &ef)
	if len(r.sizes) > 0 && len(e.sizes) > 0 && (onlySize(e, ef) || onlySize(r, rf)) {
		return diffs // 미니 원피스 / L against 원피스, 라지: one clothing size, compared and agreed
	}
	d := difference(KindSize, nil, nil, rf, ef)
	d.Severity = order.Warn
	return append(diffs, d)
}

// bodySizes returns the sizes rd writes as a set of bits (1 << size), and where in facts when it
// is not nil: a word of its own (라지) or glued before a word the other name writes (점보인덱스
// against 스탠다드 인덱스).
func (rd *reading) bodySizes(other *reading, facts *[]fact) int {
	set := 0
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord && t.kind != tSize {
			continue
		}
		text := rd.name[t.sp.Start:t.sp.End]
		if !bodySizeStart(text) {
			continue
		}
		for _, b := range bodySizeWords {
			if !mayStartWith(text, b.word) {
				continue
			}
			if !strings.EqualFold(text, b.word) {
				rest, glued := cutPrefixFold(text, b.word)
				if !glued || len(rest) < 6 || !other.writesWordText(rest) {
					continue
				}
			}
			set |= 1 << b.size
			if facts != nil {
				*facts = append(*facts, fact{text: text, sp: t.sp})
			}
			break
		}
	}
	return set
}

// bodySizeStart reports whether text starts as one of bodySizeWords may: with one of their first
// letters in either case, or one of their first syllables (TestBodySizeStartsAgree holds it
// against the list).
func bodySizeStart(text string) bool {
	if text == "" {
		return false
	}
	if c := text[0]; c < utf8.RuneSelf {
		switch c | 0x20 {
		case 'm', 'p', 's', 'r', 'l', 'j':
			return true
		}
		return false
	}
	if len(text) < 3 {
		return false
	}
	switch text[:3] {
	case "미", "포", "스", "레", "라", "점":
		return true
	}
	return false
}

// mayStartWith reports whether s can start with word in either case: it is at least as long and
// starts with the same byte, an ASCII letter in either case (a Hangul word's first syllable is
// compared whole). Most words fail it, so the fold below runs for few of them.
func mayStartWith(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	if c := word[0]; c < utf8.RuneSelf {
		return s[0]|0x20 == c
	}
	return s[:3] == word[:3]
}

// cutPrefixFold is strings.CutPrefix with the prefix's letters in either case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// onlySize reports whether rd's one clothing size is written by one of its body-size words fs
// (원피스, 라지: 라지 is the size of the clothes).
func onlySize(rd *reading, fs []fact) bool {
	if len(rd.sizes) != 1 {
		return false
	}
	for _, f := range fs {
		if f.sp == rd.sizes[0].sp {
			return true
		}
	}
	return false
}
