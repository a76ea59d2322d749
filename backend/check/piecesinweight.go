package check

// A count written beside the weight of the whole pack can count the pieces inside it, not the
// packs: 새우튀김 10미 300g is one 300 g pack of about ten shrimps, 떡갈비 10장 (1.2kg) one
// 1.2 kg box of ten patties, 미니양갱 (약 40개) … 1kg one kilogram of about forty bars. A count of
// that kind is dropped when the other name writes the same weight for the whole and counts one
// (or nothing): the two names then state one pack, the one with what is in it. A count is read so
// when its counter counts pieces of food (미, 마리, 과, 알, 장, 조각, 쪽) or when it is written as
// an approximation (약 40개, 40개 내외), which no count of packs is; never when a times sign joins it
// to the weight (800g x 3통 is three tins). Read only when a count difference was found.

// pieceCounters are the counters that count the pieces of a weighed pack.
var pieceCounters = [...]string{"미", "마리", "과", "알", "장", "조각", "쪽"}

// dropPiecesInWeight drops, on each side, a count of pieces inside a weighed pack
// (dropSidePiecesInWeight) and reports whether it dropped any.
func dropPiecesInWeight(r, e *reading) bool {
	dr := r.dropSidePiecesInWeight(e)
	de := e.dropSidePiecesInWeight(r)
	return dr || de
}

// dropSidePiecesInWeight drops the one count of rd when it counts the pieces of the weight rd
// writes for the whole and other writes that weight too, counting one pack.
func (rd *reading) dropSidePiecesInWeight(other *reading) bool {
	if len(rd.counts) != 1 || other.units != 1 {
		return false
	}
	w, ok := rd.wholeWeight()
	if !ok {
		return false
	}
	if ow, ok := other.wholeWeight(); !ok || !same(w, ow) {
		return false
	}
	return rd.dropCounts(func(c *countRun) bool {
		if c.n != 1 || c.items || c.weak || c.value <= 1 {
			return false
		}
		i := tokenAt(rd, c.sp)
		if i < 0 || rd.toks[i].kind != tMeasure || rd.toks[i].dim != dimCount || rd.toks[i].inner {
			return false
		}
		if i > 0 && rd.toks[i-1].kind == tTimes || i+1 < len(rd.toks) && rd.toks[i+1].kind == tTimes {
			return false
		}
		return pieceCounter(rd.toks[i].unit) || approximateAt(rd, i)
	})
}

// wholeWeight is the one weight rd writes, when it writes weights of one value only and none of
// them beside a times sign (250g x 2팩 writes the weight of a part).
func (rd *reading) wholeWeight() (float64, bool) {
	w, found := 0.0, false
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tMeasure || t.dim != dimWeight {
			continue
		}
		if found && !same(w, t.value) {
			return 0, false
		}
		if i > 0 && rd.toks[i-1].kind == tTimes || i+1 < len(rd.toks) && rd.toks[i+1].kind == tTimes {
			return 0, false
		}
		w, found = t.value, true
	}
	return w, found
}

// pieceCounter reports whether unit counts the pieces of a weighed pack.
func pieceCounter(unit string) bool {
	for _, u := range pieceCounters {
		if u == unit {
			return true
		}
	}
	return false
}

// approximateAt reports whether the count token i of rd is written as an approximation: 약
// before it, or 내외, 정도, 전후 or 안팎 after it.
func approximateAt(rd *reading, i int) bool {
	if i > 0 && rd.toks[i-1].kind == tWord && rd.toks[i-1].text == "약" {
		return true
	}
	if i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord {
		switch rd.toks[i+1].text {
		case "내외", "정도", "전후", "안팎":
			return true
		}
	}
	return false
}
