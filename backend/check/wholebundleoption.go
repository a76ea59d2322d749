package check

// optionCountsWholeBundle reports whether the seller's option counts the whole bundle: a
// listing sold in bundles of N whose option writes N items (블루 2개, 800g x 3통, 2켤레 세트)
// against a catalogue name of one item (", 1개", or no count at all). The option then says what
// ships in one order line, the catalogue what one bundled unit is, and 1 × N is the option's N.
// A pack's contents (2개입, 10입) is what one unit holds, not how many units ship: it stays
// compared (2개입 in a bundle of 2 against ", 1개" is four against two). The catalogue, with a
// count or without, must write the option's one unit: its length, weight or volume is the
// seller's (치약 120g against 120g x 3개), not a total (참기름 600ml against 300ml 2개; 텀블러
// 1000ml, 1개 against 500ml 2개).
func optionCountsWholeBundle(r, e *reading, bundle int) bool {
	if bundle < 2 || !r.saysCount || !same(e.units, 1) || !same(r.units, float64(bundle)) {
		return false
	}
	for i := range r.counts {
		c := &r.counts[i]
		for j := 0; j < min(c.n, maxFactors); j++ {
			if c.factors[j].inner {
				return false
			}
		}
	}
	for _, d := range [...]dim{dimLength, dimWeight, dimVolume} {
		if !e.hasDim(d) {
			continue
		}
		var rb, eb [4]fact
		if !allWritten(measureFacts(eb[:0], e, d), measureFacts(rb[:0], r, d)) {
			return false
		}
	}
	return true
}

// allWritten reports whether every value of fs is a value of others.
func allWritten(fs, others []fact) bool {
	for _, f := range fs {
		found := false
		for _, o := range others {
			found = found || same(f.value, o.value)
		}
		if !found {
			return false
		}
	}
	return true
}

// optionCountsBundledPacks reports whether the seller's option counts the bundle's packs and
// what each holds (50매 x 4팩 in a bundle of 4, 3P / 2세트 in a bundle of 2) while the catalogue
// states the bundle's total (50매, 4개 or 6개: 200 and 6 pieces): one count of the option is the
// bundle, another what each pack holds, and the totals agree. A single count that equals the
// bundle (2개 in a bundle of 2 against ", 2개") says nothing of what a pack holds and stays
// compared: the catalogue may count two of the option's two.
func optionCountsBundledPacks(r, e *reading, bundle int) bool {
	if bundle < 2 || !r.saysCount || !e.saysCount || !same(r.units, e.units) {
		return false
	}
	outer, others := false, false
	for i := range r.counts {
		c := &r.counts[i]
		if c.n > maxFactors || c.weak || c.items {
			return false
		}
		for j := 0; j < c.n; j++ {
			f := c.factors[j]
			switch {
			case !f.inner && same(f.value, float64(bundle)) && !outer:
				outer = true
			case f.value > 1:
				others = true
			}
		}
	}
	return outer && others
}
