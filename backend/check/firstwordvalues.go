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
	// Both sides read the same two first words: when the words after them differ, neither
	// side's first word stands in the same place, and the rule has nothing to do.
	fr, fe := firstToken(r), firstToken(e)
	if fr < 0 || fe < 0 || fr+1 >= len(r.toks) || fe+1 >= len(e.toks) {
		return diffs
	}
	if n, m := &r.toks[fr+1], &e.toks[fe+1]; n.kind != tWord || m.kind != tWord || n.text != m.text {
		return diffs // not the same place
	}
	for _, side := range [2]bool{false, true} {
		x, y, f, g := r, e, fr, fe
		if side {
			x, y, f, g = e, r, fe, fr
		}
		a, b := &x.toks[f], &y.toks[g]
		if !contentWord(a) || latinWord(a.text) || a.canon != "" || utf8.RuneCountInString(a.text) < 2 || strings.HasSuffix(a.text, "용") {
			continue
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
		if foundAt(diffs, af[0].sp, bf[0].sp) {
			return diffs // 전기 그릴 against 가스 그릴: the power rule has named the two (powersource.go)
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
