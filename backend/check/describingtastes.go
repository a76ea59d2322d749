package check

import "strings"

// A seller's title describes the goods' taste or smell with an adjective (깊고 진한 향, 고소한맛,
// 달콤한 맛, 상쾌한 향, 순한 로션) as praise, the way it says 무향 (absenttastes.go): the catalogue
// name states no flavour or scent and writes no such adjective of its own, and the goods are the
// same. A variant chosen in the option (쇠고기카레 / 순한맛), or named against another taste
// (담백한맛 against 달콤한, 진한맛 against 고소한), still differs. So does a degree of heat written
// as a taste (진라면 순한맛, 떡볶이 매콤한맛, 얼큰한맛): spicy food is sold by how hot it is, one
// option each, and the seller's title names the one chosen.

// titleDescribesTaste reports whether every fact of fs (rd's flavours or scents, the other name
// stating none) is written in rd's title and is an adjective of taste or smell (a word of two
// syllables or more ending in 한, with or without 맛 or 향) or says a taste is left out, with at
// least one adjective, while the other name writes no such adjective itself.
func (rd *reading) titleDescribesTaste(fs []fact, other *reading) bool {
	if rd.optStart == 0 || rd.optStart >= len(rd.name) || len(fs) == 0 || other.writesTasteAdjective() {
		return false
	}
	adjective := false
	for _, f := range fs {
		if f.sp.End > rd.optStart {
			return false
		}
		switch {
		case heatTastes[strings.ReplaceAll(f.text, " ", "")]:
			return false
		case tasteAdjective(strings.ReplaceAll(f.text, " ", "")):
			adjective = true
		case !absentTastes[f.key]:
			return false
		}
	}
	return adjective
}

// heatTastes are the degrees of heat written as a taste, each an option of spicy food.
var heatTastes = map[string]bool{"순한맛": true, "매콤한맛": true, "얼큰한맛": true, "칼칼한맛": true}

// tasteAdjective reports whether w is an adjective ending in 한 (진한, 고소한), alone or with 맛
// or 향 after it (진한맛, 상쾌한향).
func tasteAdjective(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "맛"), "향")
	return len(w) >= 6 && strings.HasSuffix(w, "한")
}

// writesTasteAdjective reports whether rd writes an adjective of taste or smell as a Hangul word
// of its own (진한, 고소한맛, 상쾌한향).
func (rd *reading) writesTasteAdjective() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && len(t.text) >= 6 && t.text[0] >= 0x80 && tasteAdjective(t.text) {
			return true
		}
	}
	return false
}
