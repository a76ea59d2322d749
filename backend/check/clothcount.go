package check

import "strconv"

// Cloth counts. Cross-stitch cloth (Aida) is sold by its count, the stitches to an inch, written
// 14카운트 in Korean and 14ct in English. ct alone is also a carat and a count of pieces (100ct of
// vitamins), so it is read as the cloth's count only against a name that writes 카운트.

// readClothCounts reads rd's codes Nct as N카운트 when other writes a number in 카운트.
func (rd *reading) readClothCounts(other *reading) {
	if !hasOtherUnit(other, "카운트") {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		n := len(t.text)
		if t.kind != tModel || n < 3 || n > 4 || t.text[n-1] != 't' || t.text[n-2] != 'c' || !isDigit(t.text[0]) {
			continue
		}
		v, err := strconv.Atoi(t.text[:n-2])
		if err != nil {
			continue
		}
		t.kind, t.dim, t.unit, t.num, t.value = tMeasure, dimOther, "카운트", float64(v), float64(v)
		rd.measures = append(rd.measures, *t)
	}
}

// hasOtherUnit reports whether rd writes a number in the unread unit u.
func hasOtherUnit(rd *reading, u string) bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimOther && t.unit == u {
			return true
		}
	}
	return false
}
