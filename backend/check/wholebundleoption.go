package check

// optionCountsWholeBundle reports whether the seller's option counts the whole bundle: a
// listing sold in bundles of N whose option writes N items (블루 2개, 800g x 3통, 2켤레 세트)
// against a catalogue name of one item (", 1개", or no count at all). The option then says what
// ships in one order line, the catalogue what one bundled unit is, and 1 × N is the option's N.
// A pack's contents (2개입, 10입) is what one unit holds, not how many units ship: it stays
// compared (2개입 in a bundle of 2 against ", 1개" is four against two). A catalogue that writes
// no count must write the option's one unit: its length, weight or volume is the seller's
// (치약 120g against 120g x 3개), not a total (참기름 600ml against 300ml 2개).
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
	if e.saysCount {
		return true
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
