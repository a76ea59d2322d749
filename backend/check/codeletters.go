package check

// A lone x after a model code and before the end of its part of the name (엘가토 HD60 X / 1개,
// HD60 X, 1개) is the code's letter written apart (HD60X), not a times sign: a times sign stands
// before what it multiplies, and nothing follows this one.

// xEndsCode reports whether the Latin run [i, j) of rs, an x, stands spaced after letters glued
// to digits (a code) with nothing but spaces before a break or the end after it.
func xEndsCode(rs []frune, i, j int) bool {
	k := j
	for k < len(rs) && rs[k].c == cSpace {
		k++
	}
	if k < len(rs) && rs[k].c != cBreak || i < 3 || rs[i-1].c != cSpace || rs[i-2].c != cDigit {
		return false
	}
	b := i - 2
	for b >= 0 && rs[b].c == cDigit {
		b--
	}
	return b >= 0 && rs[b].c == cLatin // HD60 X; 500ml x is no code, 10 x is a number
}
