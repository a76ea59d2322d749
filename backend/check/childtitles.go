package check

import "strings"

// A seller's title writes whom the goods suit as a search word (동아 유아용 빅 크레파스, 삼각 연필
// 점보 유아용) where the catalogue names the same goods without it: a children's word said with 용
// in the registered product name, before its option, against an exposed name that states no
// target, is that description. A children's line (키즈, 주니어) stays compared, and so does a
// children's word the catalogue writes (코튼클럽 유아용 면봉 against 면봉) or the seller's option
// chooses.

// titleSaysWhomFor reports whether every fact is a children's word ending in 용 that the
// registered name rd writes in its product name and rd has an option part.
func titleSaysWhomFor(fs []fact, rd *reading) bool {
	if rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range fs {
		if !childLines[f.word] || !strings.HasSuffix(f.word, "용") || !rd.inProductName(f) {
			return false
		}
	}
	return len(fs) > 0
}
