package check

import "strings"

// A model modifier written in Latin letters after a code (WT2 Edge) may be written in Hangul
// after the same code in the other name (WT2 에지), in a spelling the list of modifiers does not
// hold: right after the base both names write, a word of the other script that sounds like the
// modifier is that modifier.

// respellsAfter reports whether rd writes, right after its token o (the base both names write),
// a word in the other script than the modifier word mod that sounds like it. Anchored by the
// base, a short word may be matched: the keys start alike and differ by at most one change (half
// a change for a word of fewer than two consonants).
func (rd *reading) respellsAfter(o *token, mod string) bool {
	i := tokenIndex(rd.toks, o)
	if i < 0 || i+1 >= len(rd.toks) {
		return false
	}
	w := &rd.toks[i+1]
	if w.kind != tWord || latinWord(w.text) == latinWord(mod) || strings.TrimSpace(rd.name[o.sp.End:w.sp.Start]) != "" {
		return false
	}
	var a, b soundKey
	soundOf(&a, mod)
	soundOf(&b, w.text)
	ka, kb := a.key(), b.key()
	if len(ka) == 0 || len(kb) == 0 || ka[0] != kb[0] {
		return false
	}
	limit := 0.5
	if min(consonants(ka), consonants(kb)) >= 1 && consonants(ka) >= 2 {
		limit = 1
	}
	return soundWithin(ka, kb, limit)
}

// tokenIndex is the index of the token t in toks (a pointer into it), or -1.
func tokenIndex(toks []token, t *token) int {
	for i := range toks {
		if &toks[i] == t {
			return i
		}
	}
	return -1
}
