package check

import "strings"

// Food and goods say a part is there or taken out by an ending after its word, glued or spaced:
// 가시있음, 뼈 있는 (with bones) against 가시제거, 뼈없는, 씨 없음 (boneless, seedless). The same
// word with an ending of each kind on the two sides names the opposite goods (고등어 필렛
// 가시제거 against 고등어 필렛 가시있음), and blocks.

// presenceEndings say the word before them is in the goods; absenceEndings that it is not.
var (
	presenceEndings = [...]string{"있음", "있는"}
	absenceEndings  = [...]string{"없음", "없는", "제거", "제거한", "없이"}
)

// comparePresence adds an opposite difference where one name writes a word with a presence ending
// and the other the same word with an absence ending.
func comparePresence(r, e *reading, diffs []Difference) []Difference {
	if !strings.Contains(r.name, "있") && !strings.Contains(e.name, "있") {
		return diffs // no presence ending on either side (gate)
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := range a.toks {
			stem, end := endedWord(a, i, presenceEndings[:])
			if stem == "" {
				continue
			}
			for j := range b.toks {
				bs, bend := endedWord(b, j, absenceEndings[:])
				if bs != stem {
					continue
				}
				af := fact{text: a.name[a.toks[i].sp.Start:a.toks[end].sp.End], sp: Span{a.toks[i].sp.Start, a.toks[end].sp.End}}
				bf := fact{text: b.name[b.toks[j].sp.Start:b.toks[bend].sp.End], sp: Span{b.toks[j].sp.Start, b.toks[bend].sp.End}}
				if a == e {
					af, bf = bf, af
				}
				return append(diffs, difference(KindOpposite, nil, nil, []fact{af}, []fact{bf}))
			}
		}
	}
	return diffs
}

// endedWord reads rd.toks[i] as a word followed by one of endings, glued (가시있음) or as the next
// word (가시 있음): the word, and the index of the token the ending ends in; "" when it is none.
func endedWord(rd *reading, i int, endings []string) (string, int) {
	t := &rd.toks[i]
	if t.kind != tWord {
		return "", i
	}
	for _, end := range endings {
		if stem, ok := strings.CutSuffix(t.text, end); ok && stem != "" && !inSet(stopWordKeys, stopWords, stem) {
			return stem, i
		}
	}
	if i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && !inSet(stopWordKeys, stopWords, t.text) {
		for _, end := range endings {
			if rd.toks[i+1].text == end {
				return t.text, i + 1
			}
		}
	}
	return "", i
}
