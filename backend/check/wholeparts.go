package check

import (
	"sellerdesk/backend/order"
)

// Korean listings name a whole of two parts with one word made of both (상하: top and bottom,
// 앞뒤: front and rear, 좌우: left and right, 전좌석: every seat, 양손: both hands) or with its parts joined by a plus
// (앞+뒤), and a part by its own word (상의, 하의; 앞, 뒤; 좌, 우; 앞좌석, 뒷좌석). One name that
// sells the whole against another that names one part only, and never the whole, is another
// composition of the goods: a top against a top-and-bottom set, front pads against front and rear.

// wholePart is one whole and the words of its parts.
type wholePart struct {
	wholes []string // words that name the whole
	parts  []string // words that name one part
}

var wholeParts = [...]wholePart{
	{[]string{"상하", "상하세트", "상하의", "상하복", "상하한벌"}, []string{"상의", "하의", "상의만", "하의만"}},
	{[]string{"앞뒤", "전후", "앞뒤세트"}, []string{"앞", "뒤", "앞쪽", "뒤쪽", "앞만", "뒤만"}},
	{[]string{"좌우", "양쪽"}, []string{"좌", "우", "좌측", "우측", "왼쪽", "오른쪽"}},
	{[]string{"전좌석"}, []string{"앞좌석", "뒷좌석", "운전석", "조수석"}},
	{[]string{"양손"}, []string{"왼손", "오른손", "왼손용", "오른손용"}}, // gloves of both hands against one hand's
}

// compareWholeParts reports a bundle difference when one name writes a whole of wholeParts (or
// two of its parts joined by a plus) and the other writes one of its parts and not the whole.
func compareWholeParts(r, e *reading, diffs []Difference) []Difference {
	if !r.firstSyls.meets(&partFirstSyls) {
		return diffs // no word of r starts as a whole or a part does (gate)
	}
	rWholes, rParts := r.wholePartGroups()
	if rWholes|rParts == 0 {
		return diffs // no word of a whole or a part: nothing to set against the other name
	}
	eWholes, eParts := e.wholePartGroups()
	for g := range wholeParts {
		if bit := uint8(1) << g; (rWholes|rParts)&bit == 0 || (eWholes|eParts)&bit == 0 || (rParts|eParts)&bit == 0 {
			continue // a whole against a part needs a word of the group on each side and a part on one
		}
		wp := &wholeParts[g]
		rw, rEnd := r.writesWhole(wp)
		ew, eEnd := e.writesWhole(wp)
		if rw >= 0 && ew >= 0 {
			// 상하의 우비 / 상의만 against 상하 세트: the option the buyer chose names one part, the
			// other name none (or both)
			if p := r.partOnlyFrom(wp, r.optStart); p >= 0 && r.toks[rw].sp.Start < r.optStart && e.partOnly(wp) < 0 {
				if w, _ := r.writesWholeFrom(wp, r.optStart); w < 0 {
					return append(diffs, partDifference(e, ew, eEnd, r, p, true))
				}
			}
			continue
		}
		if rw < 0 && ew < 0 {
			continue
		}
		if rw >= 0 {
			if p := e.partOnly(wp); p >= 0 {
				return append(diffs, partDifference(r, rw, rEnd, e, p, false))
			}
		} else if p := r.partOnly(wp); p >= 0 {
			return append(diffs, partDifference(e, ew, eEnd, r, p, true))
		}
	}
	return diffs
}

// partDifference is the difference of the whole written at tokens [w, end] of whole and the part
// at token p of part; swapped when the part is the registered name's.
func partDifference(whole *reading, w, end int, part *reading, p int, swapped bool) Difference {
	wsp := Span{whole.toks[w].sp.Start, whole.toks[end].sp.End}
	pt := &part.toks[p]
	d := Difference{Kind: KindBundle, Severity: order.Block,
		Registered: whole.name[wsp.Start:wsp.End], RegisteredSpans: []Span{wsp},
		Exposed: part.name[pt.sp.Start:pt.sp.End], ExposedSpans: []Span{pt.sp}}
	if swapped {
		d.Registered, d.Exposed = d.Exposed, d.Registered
		d.RegisteredSpans, d.ExposedSpans = d.ExposedSpans, d.RegisteredSpans
	}
	return d
}

// writesWhole is the first and last token of rd that name the whole of wp (a word of it, or two
// of its parts joined by a plus: 앞+뒤), or -1, -1.
func (rd *reading) writesWhole(wp *wholePart) (int, int) { return rd.writesWholeFrom(wp, 0) }

// writesWholeFrom is writesWhole over the tokens that start at byte from or after.
func (rd *reading) writesWholeFrom(wp *wholePart, from int) (int, int) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || t.sp.Start < from {
			continue
		}
		if inList(wp.wholes, t.text) {
			return i, i
		}
		if inList(wp.parts, t.text) && i+2 < len(rd.toks) && rd.toks[i+1].kind == tPlus && rd.toks[i+2].kind == tWord &&
			inList(wp.parts, rd.toks[i+2].text) && rd.toks[i+2].text[:3] != t.text[:3] {
			return i, i + 2
		}
	}
	return -1, -1
}

// partOnly is the token of rd that names a part of wp when rd names parts of one kind only (상의,
// not 상의 and 하의), or -1.
func (rd *reading) partOnly(wp *wholePart) int { return rd.partOnlyFrom(wp, 0) }

// partOnlyFrom is partOnly over the tokens that start at byte from or after.
func (rd *reading) partOnlyFrom(wp *wholePart, from int) int {
	found := -1
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || t.sp.Start < from || !inList(wp.parts, t.text) {
			continue
		}
		if found >= 0 && rd.toks[found].text[:3] != t.text[:3] {
			return -1 // 상의 and 하의: both parts
		}
		if found < 0 {
			found = i
		}
	}
	return found
}

// partRunes are the first syllables of the words of wholeParts.
var partRunes = [...]rune{'상', '하', '앞', '뒤', '뒷', '전', '좌', '우', '양', '왼', '오', '운', '조'}

// wholeWordGroups and partWordGroups map each word of wholeParts to its group's bit, as a whole or as a part.
var wholeWordGroups, partWordGroups = func() (map[string]uint8, map[string]uint8) {
	wholes, parts := map[string]uint8{}, map[string]uint8{}
	for g, wp := range wholeParts {
		for _, w := range wp.wholes {
			wholes[w] |= 1 << g
		}
		for _, w := range wp.parts {
			parts[w] |= 1 << g
		}
	}
	return wholes, parts
}()

// wholePartGroups are the groups of wholeParts whose whole words and part words rd writes, as
// bits; a word is looked up only when it is short and starts with a syllable of partRunes.
func (rd *reading) wholePartGroups() (wholes, parts uint8) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || len(t.text) < 3 || len(t.text) > 15 || t.text[0] < 0xEA {
			continue
		}
		c, _ := decodeRune(t.text)
		for _, p := range partRunes {
			if c == p {
				wholes |= wholeWordGroups[t.text]
				parts |= partWordGroups[t.text]
				break
			}
		}
	}
	return wholes, parts
}

func inList(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
