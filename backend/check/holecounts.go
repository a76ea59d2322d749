package check

import "strings"

// A name that writes its holes in 구 (어린이 6구 오카리나) counts what the other name writes in 홀
// (오카리나 6홀): 구 is another Korean word for the holes (compareHoles), not a count of the goods
// multiplied with the order's count (6구 × 10개 is ten ocarinas, not sixty).

// dropHoleCounts drops the counts of 구 of either name whose number the other writes in 홀,
// the other writing no count of 구, and reports whether it dropped any.
func dropHoleCounts(r, e *reading) bool {
	if !strings.Contains(r.name, "홀") && !strings.Contains(e.name, "홀") {
		return false
	}
	dr := r.dropSideHoleCounts(e)
	de := e.dropSideHoleCounts(r)
	return dr || de
}

// dropSideHoleCounts drops rd's counts of 구 that other writes in 홀.
func (rd *reading) dropSideHoleCounts(other *reading) bool {
	if len(rd.counts) == 0 || other.writesCounter("구") {
		return false
	}
	var hb [2]fact
	holes := holeFacts(hb[:0], other, true)
	if len(holes) == 0 {
		return false
	}
	return rd.dropCounts(func(c *countRun) bool {
		if c.n != 1 {
			return false
		}
		i := tokenAt(rd, c.sp)
		if i < 0 || rd.toks[i].kind != tMeasure || rd.toks[i].unit != "구" {
			return false
		}
		for _, h := range holes {
			if same(h.value, rd.toks[i].num) {
				return true
			}
		}
		return false
	})
}
