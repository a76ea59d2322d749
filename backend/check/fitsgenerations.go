package check

import "strings"

// A seller's title that writes the goods' generation and then another generation of the same
// device with 호환 (미밴드9 스트랩 … 미밴드8 호환) lists a device the goods also fit: against a
// catalogue name that writes the first generation (미밴드9), the second is no other model.

// fitsOtherGeneration reports whether the generation at token i of a, after the word w, is
// followed by 호환 while a also writes w with another generation that b writes.
func fitsOtherGeneration(a, b *reading, i int, w *token, n float64) bool {
	if i+1 >= len(a.toks) || a.toks[i+1].kind != tWord || !strings.HasPrefix(a.toks[i+1].text, "호환") {
		return false
	}
	for j := 1; j < len(a.toks); j++ {
		if j == i || a.toks[j-1].kind != tWord || a.toks[j-1].text != w.text {
			continue
		}
		if m, ok := generationOf(&a.toks[j]); ok && !same(m, n) && b.writesGeneration(m) {
			return true
		}
	}
	return false
}
