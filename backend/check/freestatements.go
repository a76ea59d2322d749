package check

import "strings"

// A name that says its goods contain none of something in a word after it (불소 무함유 치약, 색소
// 미함유) says the opposite of a name that writes the same word plainly (불소 치약), as
// 무불소 against 불소 does (compareOpposites): the plain word names what the goods contain. A name
// that also writes a free word, a word with 무 before it, or a number after the word (설탕 0g)
// states no content and is left alone.

// sigFreeWords are the signatures of freeWords (codes.go), asked before a name is searched.
var sigFreeWords = sigsOf("프리", "free", "제로", "zero", "무함유", "무첨가", "미함유", "미첨가")

// sigContainsNo are the signatures of containsNoWords.
var sigContainsNo = sigsOf("무함유", "미함유")

// containsNoWords say only that the word before them is not in the goods: 프리 is also a free size,
// 제로 a line (카스 제로), and 무첨가 after the goods' own name says they have no additives
// (오트밀 무첨가).
var containsNoWords = map[string]bool{"무함유": true, "미함유": true}

// compareFreeStatements adds an opposite difference where one name writes a word free of it
// (X 무함유) and the other writes X plainly.
func compareFreeStatements(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		if !a.says.mayWriteAny(sigContainsNo) || b.writesFreeWord() {
			continue
		}
		for i := range a.toks {
			t := &a.toks[i]
			if t.kind != tWord || t.stop || len(t.text) < 6 || i+1 >= len(a.toks) || !containsNoWords[a.toks[i+1].text] || b.writesWord("무"+t.text) {
				continue
			}
			k := plainWordAt(b, t.text)
			if k < 0 {
				continue
			}
			af := fact{text: a.name[t.sp.Start:a.toks[i+1].sp.End], sp: Span{t.sp.Start, a.toks[i+1].sp.End}}
			bf := fact{text: b.name[b.toks[k].sp.Start:b.toks[k].sp.End], sp: b.toks[k].sp}
			if a == e {
				af, bf = bf, af
			}
			return append(diffs, difference(KindOpposite, nil, nil, []fact{af}, []fact{bf}))
		}
	}
	return diffs
}

// writesFreeWord reports whether a word of rd is a free word (프리, 무첨가).
func (rd *reading) writesFreeWord() bool {
	if !rd.says.mayWriteAny(sigFreeWords) {
		return false
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; (t.kind == tWord || t.kind == tSize) && (freeWords[strings.ToLower(t.text)] || freeWords[strings.ToLower(t.raw)]) {
			return true
		}
	}
	return false
}

// plainWordAt is the index of rd's word w when no number follows it (설탕 0g), or -1.
func plainWordAt(rd *reading, w string) int {
	for k := range rd.toks {
		if t := &rd.toks[k]; t.kind == tWord && t.text == w {
			if k+1 < len(rd.toks) && rd.toks[k+1].kind == tMeasure {
				return -1
			}
			return k
		}
	}
	return -1
}
