package check

// The catalogue counting the packs the seller counts inside. A seller's option that writes what
// a pack holds and how many packs (1000개 x 20갑, 50매 x 2박스) against a catalogue name that
// writes only the packs, in the same counter and number (20갑, 2박스), names one box: the
// catalogue's 20갑 counts packs, not pieces. A catalogue that counts in the pack's contents
// (30구 against 30구 x 2판) or other packs (1박스 against 3박스) still differs.

// packsCountedAlike reports whether other's only count is the pack count written last in a run of
// rd that also says what each pack holds.
func packsCountedAlike(rd, other *reading) bool {
	if len(other.counts) != 1 || other.counts[0].n != 1 || other.counts[0].weak || other.counts[0].items {
		return false
	}
	ot := countTokenEnding(other, other.counts[0].sp.End)
	if ot == nil || ot.inner || ot.unit == "" || ot.value <= 1 {
		return false
	}
	for i := range rd.counts {
		c := &rd.counts[i]
		if c.n < 2 || c.weak || c.items || same(c.value, ot.value) {
			continue
		}
		if t := countTokenEnding(rd, c.sp.End); t != nil && !t.inner && t.unit == ot.unit && same(t.value, ot.value) {
			return true
		}
	}
	return false
}

// countToken is the count token of rd that ends at end, or nil.
func countTokenEnding(rd *reading, end int) *token {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.End == end && t.dim == dimCount {
			return t
		}
	}
	return nil
}
