package check

// A clothing size spelled with a hyphen (X-Large, XX-Large, X-Small) is one size, XL, 2XL or XS:
// the tokeniser would otherwise read the x as a multiplication and Large alone as L, and hold
// X-Large against the XL the other name writes.

// hyphenSize reads a size written as x or xx, a hyphen and a size word (w is the Latin run that
// ends at j): the end of the size and its canonical value.
func hyphenSize(f *folded, rs []frune, w string, j int, run func(int, runeClass) int) (int, string, bool) {
	if w != "x" && w != "xx" || j+1 >= len(rs) || rs[j].r != '-' || rs[j+1].c != cLatin {
		return 0, "", false
	}
	k := run(j+1, cLatin)
	if k < len(rs) && (rs[k].c == cDigit || rs[k].c == cLatin) {
		return 0, "", false
	}
	size, ok := sizeWordOf(w + "-" + f.sub(j+1, k))
	return k, size, ok
}

// roastAfter reports whether the word after the one that ends at j is a roast (로스트, roast):
// 미디엄 로스트 and 미디움 로스트 are a roast of coffee, not the letter size M.
func roastAfter(f *folded, rs []frune, j int, run func(int, runeClass) int) bool {
	k := j
	for k < len(rs) && rs[k].c == cSpace {
		k++
	}
	if k == j || k >= len(rs) || rs[k].c != cLetter && rs[k].c != cLatin {
		return false
	}
	w := f.sub(k, run(k, rs[k].c))
	return w == "로스트" || w == "로스팅" || w == "roast"
}
