package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// compareFirstWordValues reads the first words of two names that stand before one word both
// write (메탈 요요 / 플라스틱 요요, 유기 제기세트 / 스테인리스 제기세트): where one name writes a listed
// value there (a material, a pattern, a type) that the other name writes nowhere, a Hangul word of
// the other name in the same place is a rival value of that kind, not the brand the word rule
// takes a first word for. The value the word names is unknown to the lexicon, so it only asks for
// a look. Only kinds that describe the goods are read (notRivalKinds); a word of the vocabulary (바벨 of 바벨 원판 is the
// goods), a use (분갈이용) and a word the other name explains are no rival values.
func compareFirstWordValues(r, e *reading, diffs []Difference) []Difference {
	for _, side := range [2]bool{false, true} {
		x, y := r, e
		if side {
			x, y = e, r
		}
		f, g := firstToken(x), firstToken(y)
		if f < 0 || g < 0 || f+1 >= len(x.toks) || g+1 >= len(y.toks) {
			continue
		}
		a, b := &x.toks[f], &y.toks[g]
		if !contentWord(a) || latinWord(a.text) || a.canon != "" || utf8.RuneCountInString(a.text) < 2 || strings.HasSuffix(a.text, "용") {
			continue
		}
		if n, m := &x.toks[f+1], &y.toks[g+1]; n.kind != tWord || m.kind != tWord || n.text != m.text {
			continue // not the same place
		}
		k := y.attrKindAt(b.sp)
		if k == "" || notRivalKinds[k] || x.hasAttrKind(k) || accountedToken(a, x, y) || brandWrittenOtherwise(x, f, y) {
			continue
		}
		af := []fact{{text: x.name[a.sp.Start:a.sp.End], sp: a.sp}}
		bf := []fact{{text: y.name[b.sp.Start:b.sp.End], sp: b.sp}}
		if side {
			af, bf = bf, af
		}
		d := difference(k, nil, nil, af, bf)
		d.Severity = order.Warn
		return append(diffs, d)
	}
	return diffs
}

// notRivalKinds are the kinds a first word is not read against: colours (their own rules), and
// what says where the goods come from, whom they are for, or how they are packed or sold (프랑스산,
// 리필, 세트, 정품, 유아), which a descriptor in the same place does not contradict.
var notRivalKinds = map[string]bool{
	attrColor: true, attrOrigin: true, attrRefill: true, attrPackage: true, attrAuth: true, attrTarget: true,
}

// attrKindAt is the kind of the listed attribute rd reads at sp, "" when it reads none there.
func (rd *reading) attrKindAt(sp Span) string {
	for i := range rd.attrs {
		if rd.attrs[i].sp == sp {
			return rd.attrs[i].kind
		}
	}
	return ""
}
