package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// The standard type against another type. Korean listings name the plain model of goods that come
// in types with a word of its own — 일반형, 기본형, 표준형 — and every other type by a word ending in
// 형 or 타입 (연결형 shelves, 폴더형 clipboards, 건타입 foam). A name that writes the standard type
// against one that writes another type, which the first does not write, names another model; it
// asks for a look, as a word difference does.

// standardTypes are the words of the standard type, as the reading folds them (일반형 is read as
// the size word 표준형), and its loanword and 타입 spellings, which are no other type.
var standardTypes = [...]string{"일반형", "기본형", "표준형", "스탠다드형", "베이직형", "노멀형", "보통형", "일반타입", "기본타입", "스탠다드타입"}

// compareStandardType reports a variety difference when one name writes the standard type and
// the other writes another type word the first does not.
func compareStandardType(r, e *reading, diffs []Difference) []Difference {
	if !(r.says.mayWrite(&sigType) && strings.Contains(r.name, "형")) && !(e.says.mayWrite(&sigType) && strings.Contains(e.name, "형")) {
		return diffs // every word of the standard type ends in 형
	}
	rs, es := r.standardType(), e.standardType()
	if (rs < 0) == (es < 0) {
		return diffs // neither or both write the standard type
	}
	a, b, s := r, e, rs
	if es >= 0 {
		a, b, s = e, r, es
	}
	i := b.otherType(a)
	if i < 0 {
		return diffs
	}
	af := fact{text: a.name[a.toks[s].sp.Start:a.toks[s].sp.End], sp: a.toks[s].sp}
	bsp := b.toks[i].sp
	if b.toks[i].text == "내장" {
		bsp.Start = b.toks[i-1].sp.Start // the part with it: 경보기 내장
	}
	bf := fact{text: b.name[bsp.Start:bsp.End], sp: bsp}
	if a == e {
		af, bf = bf, af
	}
	d := difference(KindVariety, nil, nil, []fact{af}, []fact{bf})
	d.Severity = order.Warn
	return append(diffs, d)
}

// standardType is the index of rd's word of the standard type, -1 when it writes none.
func (rd *reading) standardType() int {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord && t.kind != tSize {
			continue
		}
		for _, w := range standardTypes {
			if t.text == w || t.raw == w {
				return i
			}
		}
	}
	return -1
}

// otherType is the index of a type word of rd that other does not write, not even its stem: a
// Hangul word ending in 형 after two syllables or more (not 대형 or 원형, a size and a shape) or in
// 타입; -1 when there is none.
func (rd *reading) otherType(other *reading) int {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || latinWord(t.text) {
			continue
		}
		w := t.raw
		if w == "" {
			w = t.text
		}
		if w == "내장" {
			if builtInType(rd, i, other) {
				return i
			}
			continue
		}
		stem, ok := strings.CutSuffix(w, "타입")
		if !ok {
			if stem, ok = strings.CutSuffix(w, "형"); !ok || utf8.RuneCountInString(stem) < 2 {
				continue
			}
		}
		if stem == "" || other.writesJoined(w) || other.writesJoined(stem) {
			continue
		}
		return i
	}
	return -1
}

// builtInType reports whether the word 내장 at i of rd names a type with a built-in part, written
// apart (경보기 내장 is the 경보기 내장형 type): a word before it that other writes nowhere, and
// other not writing 내장 itself.
func builtInType(rd *reading, i int, other *reading) bool {
	if i == 0 || other.writesJoined("내장") || other.writesJoined("내장형") {
		return false
	}
	p := &rd.toks[i-1]
	if p.kind != tWord {
		return false
	}
	return !other.writesJoined(p.text)
}

// typeBesideSize reports whether rd writes the standard type (read as the size word 표준형) and
// one letter size beside it (일반형 (대), [대형] … 일반형), and the other name writes one of the
// two and nothing else (no extra of its own, ex): the standard type is a type, not another size,
// so the other name naming the type or the size alone is no other size.
func typeBesideSize(rd *reading, ex []fact) bool {
	if len(ex) > 0 || len(rd.sizes) < 2 || !hasFact(rd.sizes, "표준형") {
		return false
	}
	other := ""
	for _, f := range rd.sizes {
		if f.key == "표준형" {
			continue
		}
		if other != "" && f.key != other {
			return false
		}
		other = f.key
	}
	return other != ""
}
