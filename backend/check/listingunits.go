package check

import (
	"strconv"
	"strings"
)

// listingUnits are units Korean listings write that the tables of tokens.go do not hold, read
// beside them (allUnits joins them): feet, written 피트 or ft (트램펄린 7피트, 케이블 6ft), a
// length of 304.8 mm compared like inches, within the tolerance of a converted unit; and the
// apparent power of a transformer or a UPS in VA or kVA (0.3KVA = 300VA), a rating of its own,
// not watts (1600VA / 900W are one UPS); and the brightness of a lamp in lumens, written 루멘 or
// lm (2000루멘 = 2000lm), a rating of its own (unitSpellings compares lm as 루멘); and a
// projector's brightness in ANSI lumens, written 안시루멘, 안시 or ANSI (300안시 = 300ANSI), a
// rating of its own again (unitSpellings compares them as 안시루멘).
var listingUnits = map[string]unitDef{
	"피트": {dimLength, 304.8, false, true}, "ft": {dimLength, 304.8, false, true}, "feet": {dimLength, 304.8, false, true},
	"va": {dimOther, 1, false, false}, "kva": {dimOther, 1000, false, false},
	"루멘": {dimOther, 1, false, false}, "lm": {dimOther, 1, false, false}, "lumen": {dimOther, 1, false, false}, "lumens": {dimOther, 1, false, false},
	"안시루멘": {dimOther, 1, false, false}, "안시": {dimOther, 1, false, false}, "ansi": {dimOther, 1, false, false}, "ansi루멘": {dimOther, 1, false, false},
	"ansilm": {dimOther, 1, false, false}, "ansilumen": {dimOther, 1, false, false}, "ansilumens": {dimOther, 1, false, false},
}

// readListingNotations reads rd's notations of listingunits.go that depend on the tokens: garment
// lengths and screw threads.
func (rd *reading) readListingNotations(other *reading) {
	rd.readGarmentLengths(other)
	rd.readThreadPitches()
}

// readThreadPitches reads a metric screw thread written with its pitch as one model, however it
// is written: M12x1.5, M10 x 1.5, M10 P1.5 (the diameter's code and the pitch after x or P) are
// all m12p1.5, so that a name writing one form and a name writing another compare the thread, not
// a code against a bare number.
func (rd *reading) readThreadPitches() {
	if !(rd.says.mayWrite(&sigBigM) && strings.Contains(rd.name, "M")) && !(rd.says.mayWrite(&sigSmallM) && strings.Contains(rd.name, "m")) {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tModel || len(t.text) < 2 || t.text[0] != 'm' || !isDigit(t.text[1]) {
			continue
		}
		if d, p, ok := strings.Cut(t.text, "x"); ok && threadNumber(d[1:]) && threadNumber(p) {
			if l, ok := screwLength(p); ok { // M5x15: the thread M5, 15 mm long
				rd.renameModel(codeKey(t.text), d, t.sp)
				m := *t
				m.kind, m.dim, m.unit, m.value, m.num = tMeasure, dimLength, "mm", l, l
				rd.measures = append(rd.measures, m)
				continue
			}
			rd.renameModel(codeKey(t.text), "m"+d[1:]+"p"+p, t.sp) // M12x1.5
			continue
		}
		if !threadNumber(t.text[1:]) || i+1 >= len(rd.toks) {
			continue
		}
		switch n := &rd.toks[i+1]; {
		case n.kind == tModel && len(n.text) > 1 && n.text[0] == 'p' && threadNumber(n.text[1:]): // M10 P1.5
			rd.renameModel(codeKey(t.text), t.text+n.text, Span{t.sp.Start, n.sp.End})
			rd.dropModel(codeKey(n.text))
		case n.kind == tTimes && i+2 < len(rd.toks) && rd.toks[i+2].kind == tNumber && rd.toks[i+2].num > 0 && rd.toks[i+2].num < 10 &&
			strings.Contains(rd.toks[i+2].text, "."): // M10 x 1.5
			p := &rd.toks[i+2]
			rd.renameModel(codeKey(t.text), t.text+"p"+p.text, Span{t.sp.Start, p.sp.End})
			rd.dropNumberAt(p.sp)
		}
	}
}

// screwLength reads the number after x in M5x15 as a screw's or a bolt's length in mm: a whole
// number of 4 or more, which no metric thread's pitch is (M12x1.5, M24x3 write the pitch, at most
// 3.5 mm below M36), so that M5x15 compares with M5 15mm as the thread and the length it is.
func screwLength(s string) (float64, bool) {
	if strings.Contains(s, ".") {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && v >= 4
}

// threadNumber reports whether s is a number of a screw thread (12, 1.5, 1.25).
func threadNumber(s string) bool {
	return s != "" && len(s) <= 5 && isDigit(s[0]) && strings.Trim(s, "0123456789.") == ""
}

// renameModel gives the model fact of rd keyed from the key to (written without dots), at sp.
func (rd *reading) renameModel(from, to string, sp Span) {
	for i := range rd.models {
		if rd.models[i].key == from {
			rd.models[i].key, rd.models[i].text, rd.models[i].sp = codeKey(to), rd.name[sp.Start:sp.End], sp
			return
		}
	}
}

// dropModel leaves the model fact keyed key out of rd.
func (rd *reading) dropModel(key string) {
	for i := range rd.models {
		if rd.models[i].key == key {
			rd.models = append(rd.models[:i], rd.models[i+1:]...)
			return
		}
	}
}

// dropNumberAt leaves the bare number at sp out of rd.
func (rd *reading) dropNumberAt(sp Span) {
	for i := range rd.numbers {
		if rd.numbers[i].sp == sp {
			rd.numbers = append(rd.numbers[:i], rd.numbers[i+1:]...)
			return
		}
	}
}

// readGarmentLengths keeps, as a measure in 부, every garment length rd writes (9부 레깅스, 7부
// 소매: tenths of the full length, how Korean listings size trousers, leggings and sleeves) when
// other writes one too, so that 9부 against 7부 is compared in one unit although the lexicon reads
// 7부 as a sleeve word and leaves it out of the measures.
func (rd *reading) readGarmentLengths(other *reading) {
	if !other.says.mayWrite(&sigTenths) || !strings.Contains(other.name, "부") || !other.writesGarmentLength() {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if !garmentLength(t) || rd.hasMeasureAt(t.sp) {
			continue
		}
		rd.measures = append(rd.measures, *t)
	}
}

// garmentLength reports whether t is a garment length: a whole number of tenths from 2 to 10
// followed by 부.
func garmentLength(t *token) bool {
	return t.kind == tMeasure && t.dim == dimOther && t.unit == "부" && t.num >= 2 && t.num <= 10 && t.num == float64(int(t.num))
}

// writesGarmentLength reports whether rd writes a garment length (garmentLength).
func (rd *reading) writesGarmentLength() bool {
	for i := range rd.toks {
		if garmentLength(&rd.toks[i]) {
			return true
		}
	}
	return false
}

// hasMeasureAt reports whether rd holds a measure at sp.
func (rd *reading) hasMeasureAt(sp Span) bool {
	for i := range rd.measures {
		if rd.measures[i].sp == sp {
			return true
		}
	}
	return false
}

// compareListingNotations reads the notations of listingunits.go against each other: a paper code
// against a sheet's sides, holes (홀) against ports or holes written 구 or 공, No. against 호.
func compareListingNotations(r, e *reading, diffs []Difference) []Difference {
	diffs = comparePaperSizes(r, e, diffs)
	diffs = compareHoles(r, e, diffs)
	return compareNumberSigns(r, e, diffs)
}

// comparePaperSizes reads a paper code one name writes (A2, B4) against the sheet the other
// writes as W x H, when that is another paper size (297 x 420 mm is A3): two sizes of sheet. The
// name with the code must write no W x H of its own (액자 A4 (210x297mm)), the other no paper code;
// a W x H that is no paper size may be the outer size of goods that hold the sheet (an A4 file).
func comparePaperSizes(r, e *reading, diffs []Difference) []Difference {
	for _, side := range [2]bool{false, true} {
		x, y := r, e
		if side {
			x, y = e, r
		}
		i := x.paperCode()
		if i < 0 || y.paperCode() >= 0 || x.writesSizePair() {
			continue
		}
		p := paperSizes[x.toks[i].text]
		sp, ok := y.otherPaperSize(p)
		if !ok {
			continue
		}
		code := []fact{{text: x.name[x.toks[i].sp.Start:x.toks[i].sp.End], sp: x.toks[i].sp}}
		sheet := []fact{{text: y.name[sp.Start:sp.End], sp: sp}}
		if side {
			code, sheet = sheet, code
		}
		return append(diffs, difference(KindUnit, code, sheet, code, sheet))
	}
	return diffs
}

// paperCode is the index of the paper code rd writes (A4, B5), or -1.
func (rd *reading) paperCode() int {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tModel && len(t.text) == 2 {
			if _, ok := paperSizes[t.text]; ok {
				return i
			}
		}
	}
	return -1
}

// otherPaperSize gives the span of a size W x H rd writes that is a paper size other than p,
// when rd writes no size that is p.
func (rd *reading) otherPaperSize(p [2]float64) (Span, bool) {
	var found Span
	ok := false
	for i := 1; i+1 < len(rd.toks); i++ {
		a, b := &rd.toks[i-1], &rd.toks[i+1]
		if rd.toks[i].kind != tTimes || a.kind != tMeasure || a.dim != dimLength || b.kind != tMeasure || b.dim != dimLength {
			continue
		}
		if sheetIs(p, a.value, b.value) {
			return Span{}, false
		}
		for _, q := range paperSizes {
			if q != p && sheetIs(q, a.value, b.value) {
				found, ok = Span{a.sp.Start, b.sp.End}, true
			}
		}
	}
	return found, ok
}

// sheetIs reports whether w x h, in either order, is the paper size p within 1 % (29.7 x 42 cm).
func sheetIs(p [2]float64, w, h float64) bool {
	near := func(a, b float64) bool { return a > b*0.99 && a < b*1.01 }
	return near(w, p[0]) && near(h, p[1]) || near(w, p[1]) && near(h, p[0])
}

// compareHoles reads the holes one name writes in 홀 (2홀 연필깎이, 24홀 하모니카) against those
// the other writes in 구 or 공, the other Korean words for them (2구 연필깎이, 30공 펀치): another
// number is other goods. Holes both write in 홀 are compared with the other units (compareOther).
func compareHoles(r, e *reading, diffs []Difference) []Difference {
	if !(r.says.mayWrite(&sigHole) && strings.Contains(r.name, "홀")) && !(e.says.mayWrite(&sigHole) && strings.Contains(e.name, "홀")) {
		return diffs
	}
	for _, side := range [2]bool{false, true} {
		x, y := r, e
		if side {
			x, y = e, r
		}
		var xb, yb, hb [2]fact
		if len(holeFacts(hb[:0], y, true)) > 0 {
			continue
		}
		xf, yf := holeFacts(xb[:0], x, true), holeFacts(yb[:0], y, false)
		if len(xf) == 0 || len(yf) == 0 {
			continue
		}
		if sharesValue(xf, yf) {
			return diffs
		}
		if side {
			xf, yf = yf, xf
		}
		return append(diffs, difference(KindUnit, xf, yf, xf, yf))
	}
	return diffs
}

// holeFacts appends to fs the numbers of holes rd writes in 홀 (hole) or else in 구 or 공.
func holeFacts(fs []fact, rd *reading, hole bool) []fact {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tMeasure || t.num < 1 || t.num != float64(int(t.num)) {
			continue
		}
		if hole && t.unit == "홀" || !hole && (t.unit == "구" || t.unit == "공") {
			fs = addNumber(fs, t.num, rd.name, t.sp)
		}
	}
	return fs
}

// sharesValue reports whether a and b hold one value.
func sharesValue(a, b []fact) bool {
	for _, f := range a {
		for _, g := range b {
			if same(f.value, g.value) {
				return true
			}
		}
	}
	return false
}

// compareNumberSigns reads No. before a number (스테이플러심 No.10, 토미카 No.1) as the 호 it
// stands for (10호): against the 호 the other name writes, another number is another size of the
// goods. Codes with No. on both sides are models (compareModels).
func compareNumberSigns(r, e *reading, diffs []Difference) []Difference {
	if !(r.says.mayWrite(&sigNumberSgn) && strings.Contains(r.name, "호")) && !(e.says.mayWrite(&sigNumberSgn) && strings.Contains(e.name, "호")) {
		return diffs
	}
	for _, side := range [2]bool{false, true} {
		x, y := r, e
		if side {
			x, y = e, r
		}
		var xb, yb [2]fact
		xf := numberSignFacts(xb[:0], x)
		if len(xf) == 0 || len(numberSignFacts(yb[:0], y)) > 0 || x.hasDim(dimSizeNum) {
			continue
		}
		yf := yb[:0]
		for i := range y.measures {
			if m := &y.measures[i]; m.dim == dimSizeNum && m.unit == "호" {
				yf = addNumber(yf, m.num, y.name, m.sp)
			}
		}
		if len(yf) == 0 || sharesValue(xf, yf) {
			continue
		}
		if side {
			xf, yf = yf, xf
		}
		return append(diffs, difference(KindSize, xf, yf, xf, yf))
	}
	return diffs
}

// numberSignFacts appends to fs the numbers rd writes after No. (no.10), as codes.
func numberSignFacts(fs []fact, rd *reading) []fact {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tModel || len(t.text) < 4 || !strings.HasPrefix(t.text, "no.") {
			continue
		}
		d := t.text[3:]
		if strings.Trim(d, "0123456789") != "" || len(d) > 5 {
			continue
		}
		fs = addNumber(fs, leadingNumber(d), rd.name, t.sp)
	}
	return fs
}
