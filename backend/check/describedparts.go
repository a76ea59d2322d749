package check

import "strings"

// describedParts name a part of the goods that a seller's title counts to describe them: 서랍 2개 on a
// monitor stand, 기포 3개 on a spirit level, 포켓 6개 on a bag, 팬 2개 on a CPU cooler or a case,
// 플레이트 2종 on a sandwich or waffle maker, 센서 4개 on a tyre pressure kit. The count says what the goods have, not how many
// come in the box.
var describedParts = [...]string{"서랍", "기포", "기포관", "포켓", "수납칸", "헤드", "팬", "플레이트", "센서"}

// describedPartCount reports whether the count token i of rd counts a part of the goods: written in the
// title (before the option) right after a word of describedParts, or right before one (마사지건
// 7종헤드, 7종 헤드). The option's counts are the seller's choice and are always read. When the
// other name writes the part as a word of its own (플라스틱 서랍, 차량용 시트 포켓), the part is the
// goods and the count is theirs.
func describedPartCount(rd, other *reading, i int) bool {
	if rd.optStart == 0 || rd.toks[i].sp.End > rd.optStart {
		return false
	}
	if i > 0 && describedPartWord(&rd.toks[i-1], other) {
		return true
	}
	return i+1 < len(rd.toks) && rd.toks[i+1].sp.End <= rd.optStart && describedPartWord(&rd.toks[i+1], other)
}

// describedPartWord reports whether w is a word of describedParts that other writes no word of.
func describedPartWord(w *token, other *reading) bool {
	if w.kind != tWord {
		return false
	}
	for _, p := range describedParts {
		if strings.HasSuffix(w.text, p) {
			return !writesWordEnding(other, p)
		}
	}
	return false
}

// writesWordEnding reports whether rd writes a word that ends in part (서랍, 수납서랍; not 서랍형).
func writesWordEnding(rd *reading, part string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && strings.HasSuffix(t.text, part) {
			return true
		}
	}
	return false
}
