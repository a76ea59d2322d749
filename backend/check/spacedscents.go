package check

import "strings"

// A scent or a flavour written with its ending after a space inside it (베이비 파우더향, 치즈 버거맛)
// is the value the other name writes as one word without the ending (베이비파우더, 치즈버거): one
// value spaced two ways, read as 파우더향 against 베이비파우더 by its last word alone.

// tasteEndings are the endings a scent or a flavour is read from.
var tasteEndings = [...]string{"향", "맛"}

// spacedTastes leaves out the facts of x that other writes as the word x writes right before it
// joined to the fact's word without its ending (베이비 파우더향 against 베이비파우더), and the
// facts of x whose word other writes so (베이비파우더 against 베이비 파우더향).
func spacedTastes(fs []fact, x, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if i := tokenAt(x, f.sp); i > 0 && x.toks[i-1].kind == tWord && adjacentWords(x, i-1) {
			if stem, ok := cutTasteEnding(x.toks[i].text); ok && other.writesWordText(x.toks[i-1].text+stem) {
				continue
			}
		}
		if i := tokenAt(x, f.sp); i >= 0 && other.writesSpacedTaste(x.toks[i].text) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// writesSpacedTaste reports whether rd writes w as two adjacent words, the second ending in a
// taste ending w leaves out (베이비 파우더향 for 베이비파우더).
func (rd *reading) writesSpacedTaste(w string) bool {
	for i := 0; i+1 < len(rd.toks); i++ {
		a, b := &rd.toks[i], &rd.toks[i+1]
		if a.kind != tWord || b.kind != tWord || !strings.HasPrefix(w, a.text) || len(w) <= len(a.text) {
			continue
		}
		if stem, ok := cutTasteEnding(b.text); ok && a.text+stem == w && adjacentWords(rd, i) {
			return true
		}
	}
	return false
}

// cutTasteEnding is w without its taste ending, when it has one and something before it.
func cutTasteEnding(w string) (string, bool) {
	for _, s := range tasteEndings {
		if stem, ok := strings.CutSuffix(w, s); ok && stem != "" {
			return stem, true
		}
	}
	return "", false
}
