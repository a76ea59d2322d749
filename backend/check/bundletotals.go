package check

// sameBeforeBundle reports whether the exposed count may stand for the registered count as it is,
// before the bundle is applied. Coupang's catalogue count is the option's count times
// upBundleSize, so with a bundle of more than one a catalogue name that repeats the option's
// count of several (20개입 against ", 20개" in a bundle of 2) counts half the goods. A count of
// one, or a count that one of the names does not write, is left to the other readings: the
// catalogue often names the single pack (", 1개") of a bundled listing.
func sameBeforeBundle(rt, et float64, rSays, eSays bool, bundle int) bool {
	if !same(rt, et) {
		return false
	}
	return bundle == 1 || !rSays || !eSays || same(rt, 1)
}
