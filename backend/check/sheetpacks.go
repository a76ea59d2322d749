package check

// Coupang writes sheets per pack and the packs sold as two counts, the second after a comma
// (디펜드 매직 테이프형, XL, 8매, 8개): when both numbers are equal they are still two counts,
// N × N, as they are when they differ (50매, 2개), not one count said twice. A seller's 8매 x 8팩
// is the same goods, and so is 64매; 4매 x 16팩 is other packs. A count in 개입 before the packs
// sold (2개입, 2개) stays one count said twice.

// sheetsTimesPacks reports whether e's only counts are `N매, N개` (or N장), the second after a
// comma, both numbers equal and above one, and r's total is N × N.
func sheetsTimesPacks(r, e *reading) bool {
	n, ok := sheetsAndPacks(e)
	if !ok {
		return false
	}
	rt, ok := r.total()
	return ok && same(rt, n*n) && r.sheetsPerPack(n)
}

// onePackOfSheets reports whether e's only counts are `N매, N개` (N × N sheets) while r counts
// only sheets, N of them, and at most one pack: 마스크팩 / 10매 against 마스크팩 10매, 10개 is a tenth of the
// box, not the same count said twice.
func onePackOfSheets(r, e *reading) bool {
	n, ok := sheetsAndPacks(e)
	if !ok {
		return false
	}
	if rt, ok := r.total(); !ok || !same(rt, n) {
		return false
	}
	sheets := false
	for i := range r.toks {
		if t := &r.toks[i]; t.kind == tMeasure && t.dim == dimCount {
			if same(t.value, 1) {
				continue // 5매 1개: one pack
			}
			if t.unit != "매" && t.unit != "장" || !same(t.value, n) {
				return false
			}
			sheets = true
		}
	}
	return sheets
}

// sheetsAndPacks is N when e's only counts are `N매, N개` (or N장), the second after a comma,
// both numbers equal and above one.
func sheetsAndPacks(e *reading) (float64, bool) {
	var at [2]int
	n := 0
	for i := range e.toks {
		if t := &e.toks[i]; t.kind != tMeasure || t.dim != dimCount {
			continue
		}
		if n == len(at) {
			return 0, false
		}
		at[n] = i
		n++
	}
	if n != 2 || e.toks[at[1]-1].kind != tBreak || e.toks[at[1]-1].text != "," {
		return 0, false
	}
	sheets, sold := &e.toks[at[0]], &e.toks[at[1]]
	if sheets.unit != "매" && sheets.unit != "장" || sold.unit != "개" || sheets.value <= 1 || !same(sheets.value, sold.value) {
		return 0, false
	}
	return sheets.value, true
}

// sheetsPerPack reports whether every count of sheets rd writes is n, the sheets of one pack, or
// n × n, all of them (8매 x 8팩 or 64매 against 8매, 8개, not 4매 x 16팩: other packs).
func (rd *reading) sheetsPerPack(n float64) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tMeasure && t.dim == dimCount && (t.unit == "매" || t.unit == "장") && !same(t.value, n) && !same(t.value, n*n) {
			return false
		}
	}
	return true
}
