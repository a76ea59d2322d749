package check

// A count in parentheses right after a measure in a trade unit of its own counts what that unit
// holds: 간고등어 1손 (2마리) is one 손 of two mackerels, 조기 1두름 (20마리) one string of twenty.
// Against a name that writes the same measure in the same unit and counts nothing more, the
// count is no other number of packs; the unit is still compared as written (2손 against 4손).
// Read only when a count difference was found.

// dropUnitContents drops, on each side, a count that restates the contents of a measure the other
// name writes too (dropSideUnitContents), and reports whether it dropped any.
func dropUnitContents(r, e *reading) bool {
	dr := r.dropSideUnitContents(e)
	de := e.dropSideUnitContents(r)
	return dr || de
}

// dropSideUnitContents drops the parenthesised count of rd written right after a measure in a
// unit of no known dimension (손, 두름) when other writes that unit with the same value and
// counts one.
func (rd *reading) dropSideUnitContents(other *reading) bool {
	if len(rd.counts) != 1 || other.units != 1 {
		return false
	}
	return rd.dropCounts(func(c *countRun) bool {
		if c.n != 1 || c.items || c.value <= 1 {
			return false
		}
		i := tokenAt(rd, c.sp)
		if i < 2 || i+1 >= len(rd.toks) || !countToken(&rd.toks[i]) {
			return false
		}
		o, m, cl := &rd.toks[i-1], &rd.toks[i-2], &rd.toks[i+1]
		if o.kind != tBreak || o.text != "(" || cl.kind != tBreak || cl.text != ")" || m.kind != tMeasure || m.dim != dimOther || m.value <= 0 {
			return false
		}
		for j := range other.measures {
			if t := &other.measures[j]; t.dim == dimOther && t.unit == m.unit && same(t.value, m.value) {
				return true
			}
		}
		return false
	})
}
