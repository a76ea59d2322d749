package check

import (
	"strconv"
	"strings"
)

// A name that sells one set can state what the set holds instead of how many sets: 블랙 1개 +
// 화이트 1개 세트, 1개 is one set of two tags, 빨강 5개 흰색 5개, 1세트 one set of ten balls,
// 수저세트 5인용, 1세트 one set of five places, 샌드위치 와플 도넛 메이커 3in1 one maker with three
// plates. Against a name that counts those pieces (블랙 + 화이트 2개, 적5+백5 (10개), 5벌, 3종
// 플레이트) the two names state the same goods. The set's contents are read only in a name that
// names a set (세트, set, 모둠…, an n-in-1) and counts nothing but one (", 1개", 1세트) besides them:
// the counts of two or more parts, each written after the part's name, added up, or the number
// of N인용, N인조, N종 or N-in-1. The other name's count must be that number and must not count
// sets itself (2세트 against a set of two is two sets). Read only when a count difference was found.

// setContentsAgree reports whether set names one set whose contents are as many pieces as
// pieces counts.
func setContentsAgree(set, pieces *reading) bool {
	pt, says := pieces.total()
	if !says || pt < 2 || pieces.countsSets() {
		return false
	}
	n := set.setContents()
	return n >= 2 && same(n, pt) && set.namesSet(n)
}

// setContents is what the set rd sells holds: the counts of two or more parts added up, or the
// number of N인용 / N인조 / N종 / N-in-1; 0 when rd counts anything but those parts and ones.
func (rd *reading) setContents() float64 {
	parts, nparts := 0.0, 0
	for _, c := range rd.counts {
		if c.n != 1 || c.items || c.weak {
			return 0
		}
		if c.value == 1 && !rd.partCountAt(c.sp) {
			continue // the closing 1개, 1세트
		}
		if !rd.partCountAt(c.sp) {
			return 0
		}
		parts += c.value
		nparts++
	}
	if nparts >= 2 {
		return parts
	}
	if nparts == 1 {
		return 0
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		switch {
		case t.kind == tMeasure && t.value >= 2 && (t.unit == "인용" || t.unit == "인조" || t.unit == "종"):
			return t.value
		case t.kind == tModel && strings.HasSuffix(t.text, "in1"):
			if v, err := strconv.Atoi(strings.TrimSuffix(t.text, "in1")); err == nil && v >= 2 {
				return float64(v)
			}
		case t.kind == tNumber && t.value >= 2 && inOneAt(rd.toks, i):
			return t.value
		}
	}
	return 0
}

// partCountAt reports whether the count at sp counts a part: a count of pieces (no set, no
// pack) written right after a word, the part's name (블랙 1개, 빨강 5개).
func (rd *reading) partCountAt(sp Span) bool {
	i := tokenAt(rd, sp)
	if i <= 0 || rd.toks[i].kind != tMeasure || rd.toks[i].dim != dimCount || rd.toks[i].inner || setCounter(rd.toks[i].unit) {
		return false
	}
	return rd.toks[i-1].kind == tWord
}

// countsSets reports whether rd counts its goods in sets (2세트, 3set, 2조).
func (rd *reading) countsSets() bool {
	for _, c := range rd.counts {
		if i := tokenAt(rd, c.sp); i >= 0 && rd.toks[i].kind == tMeasure && setCounter(rd.toks[i].unit) {
			return true
		}
	}
	return false
}

func setCounter(unit string) bool { return unit == "세트" || unit == "set" || unit == "조" }
