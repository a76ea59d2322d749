package check

import "strings"

// A count written before 수납 or 보관 (명함 20매 수납, 카드 12장 보관, 안경 6개 수납) says how many
// the goods hold, not how many come in the box: a case, a rack or an album described by its
// capacity. Like a count of 동시 (featurecounts.go), it is dropped when the other name states no
// count of its number.

// holdsCount reports whether the count token i of rd stands before a word of 수납 or 보관.
func holdsCount(rd *reading, i int) bool {
	if i+1 >= len(rd.toks) || rd.toks[i+1].kind != tWord {
		return false
	}
	w := rd.toks[i+1].text
	return strings.HasPrefix(w, "수납") || strings.HasPrefix(w, "보관")
}
