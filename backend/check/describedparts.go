package check

import "strings"

// describedParts name a part of the goods that a seller's title counts to describe them: 서랍 2개 on a
// monitor stand, 기포 3개 on a spirit level, 포켓 6개 on a bag. The count says what the goods
// have, not how many come in the box.
var describedParts = [...]string{"서랍", "기포", "기포관", "포켓", "수납칸"}

// describedPartCount reports whether the count token i of rd counts a part of the goods: written in the
// title (before the option) right after a word of describedParts. The option's counts are the
// seller's choice and are always read.
func describedPartCount(rd *reading, i int) bool {
	if i <= 0 || rd.optStart == 0 || rd.toks[i].sp.End > rd.optStart {
		return false
	}
	w := &rd.toks[i-1]
	if w.kind != tWord {
		return false
	}
	for _, p := range describedParts {
		if strings.HasSuffix(w.text, p) {
			return true
		}
	}
	return false
}
