package check

// A lone x spaced after a model code and not before a number (엘가토 HD60 X / 1개, HD60 X
// 캡처보드) is the code's letter written apart (HD60X), not a times sign: a times sign stands
// before the number it multiplies (HD60 x 2).

// xEndsCode reports whether the Latin run [i, j) of rs, an x, stands spaced after letters glued
// to digits (a code) with no number after it.
func xEndsCode(rs []frune, i, j int) bool {
	k := j
	for k < len(rs) && rs[k].c == cSpace {
		k++
	}
	if k < len(rs) && rs[k].c == cDigit || i < 3 || rs[i-1].c != cSpace || rs[i-2].c != cDigit {
		return false
	}
	b := i - 2
	for b >= 0 && rs[b].c == cDigit {
		b--
	}
	return b >= 0 && rs[b].c == cLatin // HD60 X; 500ml x is no code, 10 x is a number
}
