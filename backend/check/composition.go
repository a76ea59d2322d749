package check

import (
	"strings"
	"unicode/utf8"
)

// Composition by what a name says is left out. A name that writes a part with 미포함, 불포함 or
// 별도 (펌프 미포함, 하드미포함, 나사 불포함) sells the goods without it; the other name saying the
// same part is included (나사포함, 나사 포함, + 핸드펌프) sells it with the part: another
// composition of the goods, which blocks.

// exclusionMarkers are the words that say a part is not in the box, written apart or glued to
// the part.
var exclusionMarkers = [...]string{"미포함", "불포함", "별도"}

// excludedPart is the part a word at i of rd says is left out (펌프 of 펌프 미포함 or 펌프미포함),
// or "".
func excludedPart(rd *reading, i int) string {
	t := &rd.toks[i]
	if t.kind != tWord {
		return ""
	}
	for _, m := range exclusionMarkers {
		if t.text == m {
			if i > 0 && rd.toks[i-1].kind == tWord && adjacentWords(rd, i-1) {
				return rd.toks[i-1].text
			}
			return ""
		}
		if p, ok := strings.CutSuffix(t.text, m); ok && utf8.RuneCountInString(p) >= 1 {
			return p
		}
	}
	return ""
}

// includesPart is where rd says part p is in the box: p 포함 or p포함, or p (or a word ending in
// p: 핸드펌프 for 펌프) right after a plus; ok is false when it does not.
func includesPart(rd *reading, p string) (sp Span, ok bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		if q, ok := strings.CutSuffix(t.text, "포함"); ok && !strings.HasSuffix(q, "미") && !strings.HasSuffix(q, "불") {
			if q == p {
				return t.sp, true
			}
			if q == "" && i > 0 && rd.toks[i-1].text == p && adjacentWords(rd, i-1) {
				return Span{rd.toks[i-1].sp.Start, t.sp.End}, true
			}
		}
		if i > 0 && rd.toks[i-1].kind == tPlus && strings.HasSuffix(t.text, p) {
			return Span{rd.toks[i-1].sp.Start, t.sp.End}, true
		}
	}
	return Span{}, false
}

// compareExclusions: a part one name says is left out and the other says is included.
func compareExclusions(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := range a.toks {
			p := excludedPart(a, i)
			if p == "" {
				continue
			}
			in, ok := includesPart(b, p)
			if !ok {
				continue
			}
			t := &a.toks[i]
			sp := t.sp
			if t.text != p && i > 0 && !strings.HasPrefix(t.text, p) {
				sp.Start = a.toks[i-1].sp.Start
			}
			af := fact{text: a.name[sp.Start:sp.End], sp: sp}
			bf := fact{text: b.name[in.Start:in.End], sp: in}
			if a == e {
				af, bf = bf, af
			}
			return append(diffs, difference(KindBundle, nil, nil, []fact{af}, []fact{bf}))
		}
	}
	return diffs
}
