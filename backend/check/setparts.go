package check

import "sellerdesk/backend/order"

// quietSetParts makes a warning (확인 필요) of a part that the registered name lists (본품+다지기,
// 본체+비트 32pcs, 세트(주제+경화제)) and the exposed name leaves out while it calls the goods a
// set (핸드블렌더 다지기 세트, 비트 세트 32pcs, 레진 1kg 세트): a catalogue name that says "set"
// without listing the parts does not say a part is missing. Against a name that neither lists
// the part nor says set (보랄 스팀다리미 / 본품+다림판 against 보랄 스팀다리미, 1개) the missing
// part still blocks, and so does a set whose kinds the exposed name counts (칼 세트 5종 against
// 5종 + 블록: the parts can be counted against it).
func quietSetParts(e *reading, diffs []Difference) []Difference {
	for i := range diffs {
		d := &diffs[i]
		if d.Kind == KindBundle && d.Severity == "" && d.Registered != "" && d.Exposed == "" && writesSetWord(e) && !countsKinds(e) {
			d.Severity = order.Warn
		}
	}
	return diffs
}

// writesSetWord reports whether rd calls the goods a set with a word of its own (세트, 풀세트),
// not only as the count of sale units (1세트).
func writesSetWord(rd *reading) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (t.text == "세트" || t.text == "풀세트") {
			return true
		}
	}
	return false
}

// countsKinds reports whether rd counts the kinds a set holds (5종).
func countsKinds(rd *reading) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && t.unit == "종" {
			return true
		}
	}
	return false
}
