package check

import "strings"

// Inclusion. A name that writes a part with 포함 (트레이 포함, 어댑터 포함) sells the goods with that
// part, not the part alone: against a name that joins the goods to the part with a plus
// (아기의자 + 트레이, 본체+어댑터), the goods before the plus are implied. (세트 and 구성 are not
// enough: 배터리 세트 may be the batteries alone.)

// includesPartAfter reports whether the plus at i of a joins a part that other writes, and other
// says the goods come with it (포함).
func includesPartAfter(a *reading, i int, other *reading) bool {
	if i < 0 || i >= len(a.toks) || a.toks[i].kind != tPlus {
		return false
	}
	k := partAfter(a.toks, i)
	if k < 0 {
		return false
	}
	if gluedIncluded(&a.toks[k], other) {
		return true // 찜기포함: the part and 포함 written as one word
	}
	if !accountedToken(&a.toks[k], a, other) {
		return false
	}
	for j := range other.toks {
		if t := &other.toks[j]; t.kind == tWord && t.text == "포함" {
			return true
		}
	}
	return false
}

// gluedIncluded reports whether other writes the part p with 포함 glued to it (찜기포함, 트레이포함),
// as includedWords reads it (includeditems.go).
func gluedIncluded(p *token, other *reading) bool {
	if p.kind != tWord || p.text == "" {
		return false
	}
	for j := range other.toks {
		if t := &other.toks[j]; t.kind == tWord && len(t.text) == len(p.text)+len("포함") && strings.HasPrefix(t.text, p.text) && strings.HasSuffix(t.text, "포함") {
			return true
		}
	}
	return false
}
