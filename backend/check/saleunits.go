package check

// Sale units. A Coupang catalogue name ends with the number of sale units (", 2개"); a seller's
// name often also writes what one unit holds (핫도그 5입 / 3봉: three bags of five). When the
// catalogue does not say what a unit holds, its count is compared with the seller's count of
// units, not with the pieces inside them.

// saleUnitsAgree reports whether the registered name's count of sale units agrees with the
// exposed count when their totals do not: the total without the per-pack counts (5입, 20개입) when
// the exposed name writes none, or the option part's own count when the product part writes
// counts of its own (누전차단기 2P … / 20A 5개: the poles are not units).
func saleUnitsAgree(r, e *reading, bundle int) bool {
	et, eSays := e.total()
	if !eSays || len(r.counts) == 0 || len(r.counts) > 8 {
		return false
	}
	b := float64(bundle)
	agrees := func(v float64) bool { return same(v, et) || same(v*b, et) }
	if !anyInner(e.counts) && anyInner(r.counts) && anyOuter(r.counts) {
		if v, ok := outerTotal(r.counts); ok && agrees(v) {
			return true
		}
	}
	if v, ok := optionCount(r); ok && agrees(v) {
		return true
	}
	if titleCountOnly(r) && agrees(1) && catalogueUnitCount(e) && !titleNumberNamed(r, e) {
		return true
	}
	return false
}

// anyInner reports whether a run has a per-pack factor.
func anyInner(counts []countRun) bool {
	for _, c := range counts {
		for k := 0; k < min(c.n, maxFactors); k++ {
			if c.factors[k].inner {
				return true
			}
		}
	}
	return false
}

// anyOuter reports whether a run has a factor that counts packs or pieces rather than what a
// pack holds: the seller wrote how many units are sold (1봉, 3봉), not only 5개입.
func anyOuter(counts []countRun) bool {
	for _, c := range counts {
		for k := 0; k < min(c.n, maxFactors); k++ {
			if !c.factors[k].inner {
				return true
			}
		}
	}
	return false
}

// outerTotal is the union total of the runs' factors that are not per-pack counts.
func outerTotal(counts []countRun) (float64, bool) {
	var buf [8]countRun
	outer := buf[:0]
	for _, c := range counts {
		if c.n > maxFactors {
			return 0, false
		}
		for k := 0; k < c.n; k++ {
			if c.factors[k].inner {
				c.factors[k] = countFactor{value: 1}
			}
		}
		outer = append(outer, c)
	}
	return unionTotal(outer, -1), true
}

// optionCount is the union total of the registered option part's own counts, when both the
// product part and the option part write counts.
func optionCount(r *reading) (float64, bool) {
	if r.optStart >= len(r.name) {
		return 0, false
	}
	var buf [8]countRun
	opt := buf[:0]
	product := false
	for _, c := range r.counts {
		if c.sp.Start >= r.optStart {
			opt = append(opt, c)
		} else {
			product = true
		}
	}
	if !product || len(opt) == 0 {
		return 0, false
	}
	return unionTotal(opt, -1), true
}

// perPieceMeasure reports whether the one value rx of a name is what each of its pieces holds and
// the one value ex of the other name what one unit holds: rx times a count rd writes (핫도그 80g x
// 5개입 against 400g). The count of units is compared on its own.
func perPieceMeasure(rx, ex []fact, rd *reading) bool {
	return len(rx) == 1 && len(ex) == 1 && rx[0].value > 0 && rd.countMakes(rx[0].value, ex[0].value)
}

// countMakes reports whether v times one of rd's count factors is w.
func (rd *reading) countMakes(v, w float64) bool {
	for _, c := range rd.counts {
		for k := 0; k < min(c.n, maxFactors); k++ {
			if f := c.factors[k].value; f > 1 && near(fact{value: v * f}, fact{value: w}) {
				return true
			}
		}
	}
	return false
}

// piecesMake reports whether the measure t of rd, times one of rd's counts, is a measure of the
// same dimension that other writes (80g x 5개입 against 400g).
func (rd *reading) piecesMake(t *token, other *reading) bool {
	if t.value <= 0 {
		return false
	}
	for i := range other.measures {
		if m := &other.measures[i]; m.dim == t.dim && rd.countMakes(t.value, m.value) {
			return true
		}
	}
	return false
}

// titleCountOnly reports whether every count of the registered name is in its product part
// (the title) while the option part, which is what the buyer chose, writes none.
func titleCountOnly(r *reading) bool {
	if r.optStart >= len(r.name) || len(r.counts) == 0 {
		return false
	}
	for _, c := range r.counts {
		if c.sp.End > r.optStart || offerRun(r, c) {
			return false // [1+1] in the title: an offer, not what a unit holds (titleoffers.go)
		}
	}
	// 3종 세트: the kinds of a set are what it is made of, not what one unit holds; 24개: a
	// plain count of pieces in the title is the number sold (햇반 24개 / 기본)
	for i := range r.toks {
		if t := &r.toks[i]; t.kind == tMeasure && t.dim == dimCount && (t.unit == "종" || t.unit == "개") {
			return false
		}
	}
	return true
}

// titleNumberNamed reports whether the exposed name writes the number of a title count bare,
// as part of the product's name (오즈모 모바일 7P against Osmo Mobile 7): the title's number then
// names a model, and a letter after it is not a count of pieces that the catalogue may leave out.
func titleNumberNamed(r, e *reading) bool {
	for _, c := range r.counts {
		if c.n == 1 && e.writesBareOnly(c.value) {
			return true
		}
	}
	return false
}

// catalogueUnitCount reports whether the exposed name ends with the catalogue's count of sale
// units (", 1개", "랜덤 1세트"), and that is its only count.
func catalogueUnitCount(e *reading) bool {
	if len(e.counts) != 1 || e.counts[0].n != 1 {
		return false
	}
	sp := e.counts[0].sp
	end := len(e.name)
	for end > 0 && (spaceByte(e.name[end-1]) || e.name[end-1] == ')') {
		end--
	}
	return sp.End == end
}
