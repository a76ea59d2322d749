package check

import (
	"strconv"
	"strings"
)

// N종 counts the kinds a set holds (치즐 4종세트, 모둠전 3종, 3종 플레이트), not boxes: against a name
// that sells the set as one (", 1세트", 모둠전 900g, 1개, 3 in 1 플레이트) and names it a set, an
// assortment or an N-in-1, it is the same goods described by its contents. Against a name that
// names one item (냄비 20cm, 1개; 키링, 1개) the kinds are still a count: the set is not the item.

// dropSetKinds drops, on each side, a count of 종 that is the name's one count, when the other
// name counts one and names a set (dropSideSetKinds); it reports whether it dropped any.
func dropSetKinds(r, e *reading) bool {
	dr := r.dropSideSetKinds(e)
	de := e.dropSideSetKinds(r)
	return dr || de
}

func (rd *reading) dropSideSetKinds(other *reading) bool {
	if len(rd.counts) != 1 || rd.counts[0].n != 1 {
		return false
	}
	i := tokenAt(rd, rd.counts[0].sp)
	if i < 0 || rd.toks[i].kind != tMeasure || rd.toks[i].unit != "종" || rd.toks[i].value < 2 {
		return false
	}
	if ot, _ := other.total(); ot != 1 || !other.namesSet(rd.toks[i].value) {
		return false
	}
	return rd.dropCounts(func(c *countRun) bool { return true })
}

// namesSet reports whether rd names its goods a set (세트, set), an assortment (모둠…, 종합…) or an
// n-in-1 (3 in 1, 3-in-1, 3in1).
func (rd *reading) namesSet(n float64) bool {
	in1 := strconv.Itoa(int(n)) + "in1"
	for i := range rd.toks {
		t := &rd.toks[i]
		switch t.kind {
		case tWord:
			if strings.Contains(t.text, "세트") || t.text == "set" || strings.HasPrefix(t.text, "모둠") || strings.HasPrefix(t.text, "종합") {
				return true
			}
			if t.text == "in" && i > 0 && inOneAt(rd.toks, i-1) && same(rd.toks[i-1].value, n) {
				return true
			}
		case tModel:
			if strings.ReplaceAll(t.text, "-", "") == in1 {
				return true
			}
		}
	}
	return false
}

// inOneAt reports whether the number toks[i] starts an n-in-1 written apart (3 in 1): the number
// of parts of one set, not a generation of the word before it.
func inOneAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].kind == tNumber && toks[i+1].kind == tWord && toks[i+1].text == "in" &&
		toks[i+2].kind == tNumber && toks[i+2].value == 1
}
