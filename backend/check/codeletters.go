package check

// A lone x spaced after a model code and not before a number (엘가토 HD60 X / 1개, HD60 X
// 캡처보드) is the code's letter written apart (HD60X), not a times sign: a times sign stands
// before the number it multiplies (HD60 x 2).

// xEndsCode reports whether the Latin run [i, j) of rs, an x, stands spaced after letters glued
// to digits (a code) with no number after it.
func xEndsCode(rs []frune, i, j int) bool {
	if numberAfter(rs, j) || i < 3 || rs[i-1].c != cSpace || rs[i-2].c != cDigit {
		return false
	}
	b := i - 2
	for b >= 0 && rs[b].c == cDigit {
		b--
	}
	return b >= 0 && rs[b].c == cLatin // HD60 X; 500ml x is no code, 10 x is a number
}

// xGluedCode reports whether the Latin run [i, j) of rs, an x, is glued to the digits of a code
// written with a hyphen after letters (SN-5X, AB-7X) and no number follows it: the code's last
// letter, not a times sign (5 x 2) nor a magnification (40x-1000x).
func xGluedCode(rs []frune, i, j int) bool {
	if i < 3 || rs[i-1].c != cDigit || j < len(rs) && (rs[j].c == cDigit || rs[j].c == cLatin) || numberAfter(rs, j) {
		return false
	}
	b := i - 1
	for b >= 0 && rs[b].c == cDigit {
		b--
	}
	if b < 1 || rs[b].r != '-' || rs[b-1].c != cLatin {
		return false
	}
	for b--; b >= 0 && rs[b].c == cLatin; b-- {
	}
	return b < 0 || rs[b].c != cDigit // 40x-1000x: a range of magnifications, not a code
}

// An x hyphened after a code of letters and digits and before no number (야마하 DTX6K2-X, RF85-X
// 냉장고) is the code's last part, written apart as DTX6K2X is written together: a times sign
// stands before the number it multiplies (DTX6K2 - x 2 is no name).

// xHyphenTail reports whether the Latin run [i, j) of rs, an x, stands after a hyphen glued to a
// code of letters and digits, with no number after it.
func xHyphenTail(rs []frune, i, j int) bool {
	if i < 3 || rs[i-1].r != '-' || j < len(rs) && rs[j].c != cSpace && rs[j].c != cBreak || numberAfter(rs, j) {
		return false
	}
	letters, digits := false, false
	for b := i - 2; b >= 0 && (rs[b].c == cLatin || rs[b].c == cDigit); b-- {
		letters = letters || rs[b].c == cLatin
		digits = digits || rs[b].c == cDigit
	}
	return letters && digits
}

// numberAfter reports whether a number stands at j of rs, past spaces: the number a times sign
// multiplies (x 2), which a code's letter never has after it.
func numberAfter(rs []frune, j int) bool {
	for j < len(rs) && rs[j].c == cSpace {
		j++
	}
	return j < len(rs) && rs[j].c == cDigit
}
