package check

import "strings"

// A number that names the goods is no count: a volume of a series (원피스 105권 against 원피스
// 105, 1권), a film's exposures written as a code (36컷 against 36exp, 1롤), a model written with a
// letter (X-40 against X40, read as forty of it). When the other name writes the count's number
// as a number or a code of its own, and leaving the count out makes both names count the same,
// the number names the goods.

// dropNameNumbers drops, on either side, a count whose number the other name writes as a name
// number (dropSideNameNumbers); it reports whether it dropped any. The exposed name counts a
// bundle of the registered option: it may state the unit or the bundle's total (X-11 1개, bundle
// 4, against X11 10ml, 4개).
func dropNameNumbers(r, e *reading, bundle int) bool {
	b := float64(bundle)
	dr := r.dropSideNameNumbers(e, func(without float64) bool { return same(without, e.units) || same(without*b, e.units) })
	de := e.dropSideNameNumbers(r, func(without float64) bool { return same(without, r.units) || same(without, r.units*b) })
	return dr || de
}

func (rd *reading) dropSideNameNumbers(other *reading, agree func(without float64) bool) bool {
	for i := range rd.counts {
		if !nameNumberCount(rd, &rd.counts[i], other) {
			continue
		}
		without := 1.0
		if len(rd.counts) > 1 {
			without = unionTotal(rd.counts, i)
		}
		if !agree(without) {
			continue
		}
		k := 0
		return rd.dropCounts(func(*countRun) bool { k++; return k-1 == i })
	}
	return false
}

// nameNumberCount reports whether the one-factor count c of rd is a number other writes as a
// number of the goods' name: a bare number, or the start of a code (36exp); or, for a number
// multiplied by a letter (X40), the code other writes with that letter.
func nameNumberCount(rd *reading, c *countRun, other *reading) bool {
	if c.n != 1 && !volumeBeforeOne(c) || c.items {
		return false
	}
	i := tokenAt(rd, c.sp)
	if i < 0 {
		return false
	}
	t := &rd.toks[i]
	if c.weak {
		if t.kind != tNumber || i == 0 || rd.toks[i-1].kind != tTimes || rd.toks[i-1].sp.End != t.sp.Start {
			return false
		}
		key := rd.toks[i-1].text + t.text
		for _, m := range other.models {
			if strings.ReplaceAll(m.key, "-", "") == key {
				return true
			}
		}
		return false
	}
	if t.kind != tMeasure || t.dim != dimCount || t.value < 2 || t.unit == "" || t.unit[0] < 0x80 {
		return false
	}
	for _, n := range other.numbers {
		if n.kind == tNumber && same(n.value, t.value) {
			return true
		}
	}
	num := formatValue(t.value)
	for _, m := range other.models {
		if len(m.key) > len(num) && strings.HasPrefix(m.key, num) && m.key[len(num)] >= 'a' && m.key[len(num)] <= 'z' {
			return true
		}
	}
	return false
}
