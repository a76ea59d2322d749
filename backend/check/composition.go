package check

import "strings"

// includesPart is where rd says part p is in the box in a way includes does not read: glued to
// 포함 (나사포함), or as the end of a word right after a plus (+ 핸드펌프 for 펌프); ok is false
// when it does not. compareNegations reads it against a name that leaves p out.
func (rd *reading) includesPart(p string) (fact, bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		if q, ok := strings.CutSuffix(t.text, "포함"); ok && q == p {
			return fact{text: rd.name[t.sp.Start:t.sp.End], sp: t.sp}, true
		}
		if i > 0 && rd.toks[i-1].kind == tPlus && strings.HasSuffix(t.text, p) {
			sp := Span{rd.toks[i-1].sp.Start, t.sp.End}
			return fact{text: rd.name[sp.Start:sp.End], sp: sp}, true
		}
	}
	return fact{}, false
}
