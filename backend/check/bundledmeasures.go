package check

// bundleMeasures reads the seller's one length, weight or volume as the bundle's total where
// that total is the catalogue's one value of it and neither name writes a count: 전선 1m in a
// bundle of 10 against 전선 10m. Coupang's item is upBundleSize times the seller's option, and a
// catalogue that writes no count states the bundle's total as the measure, as it does a count.
func (rd *reading) bundleMeasures(e *reading, bundle int) {
	if bundle < 2 || len(rd.counts) > 0 || !onePack(e.counts) {
		return
	}
	for _, d := range [...]dim{dimLength, dimWeight, dimVolume} {
		if !rd.hasDim(d) || !e.hasDim(d) {
			continue
		}
		var rb, eb [4]fact
		rv, ev := measureFacts(rb[:0], rd, d), measureFacts(eb[:0], e, d)
		rx, ex := onlyValue(rv, ev), onlyValue(ev, rv)
		if rx <= 0 || ex <= 0 || !same(rx*float64(bundle), ex) {
			continue
		}
		for i := range rd.measures {
			if t := &rd.measures[i]; t.dim == d && same(t.value, rx) {
				t.value = ex
			}
		}
	}
}

// onlyValue is the one value of fs that others does not write (16mm 1m against 16mm 10m: 1m),
// or 0 when there is none or more than one.
func onlyValue(fs, others []fact) float64 {
	v := 0.0
	for _, f := range fs {
		if !f.numeric || f.value <= 0 {
			return 0
		}
		found := false
		for _, o := range others {
			found = found || same(f.value, o.value)
		}
		if !found {
			if v > 0 {
				return 0
			}
			v = f.value
		}
	}
	return v
}

// onePack reports whether counts say at most one piece: no count, or the catalogue's ", 1개"
// naming the bundle as one item.
func onePack(counts []countRun) bool {
	for i := range counts {
		if !same(counts[i].value, 1) {
			return false
		}
	}
	return true
}
