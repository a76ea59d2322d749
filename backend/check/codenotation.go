package check

import "strings"

// Two codes may be one value written in two notations of the trade: a voltage with or without
// its kind of current (DC12V and 12V: an adapter's or a pump's 12V is direct current either way;
// DC12V against AC220V still differs in its number). Read only for codes neither name explains.

// sameCodeNotation reports whether the code keys a and b are one value in two notations.
func sameCodeNotation(a, b string) bool {
	return currentOf(a, b) || currentOf(b, a)
}

// currentOf reports whether a is the voltage b written with its kind of current before it
// (dc12v for 12v).
func currentOf(a, b string) bool {
	rest, ok := strings.CutPrefix(a, "dc")
	if !ok {
		rest, ok = strings.CutPrefix(a, "ac")
	}
	return ok && rest == b && len(b) > 1 && b[len(b)-1] == 'v' && b[0] >= '0' && b[0] <= '9'
}
