package check

// Fluid ounces: listings write a liquid's volume in fluid ounces as `1.69 fl oz`, `fl.oz` or
// `fl. oz` — the fl never stands without its oz. A number glued to FL alone names something
// else: 2FL in an infant formula is the milk sugar 2'-FL (2'-fucosyllactose), not 2 ounces.

// ouncesFollow reports whether the runes from k on, after spaces and a dot, start with oz or
// 온스: the fl of rs before k is the fl of a fluid ounce.
func ouncesFollow(rs []frune, k int) bool {
	for k < len(rs) && (rs[k].c == cSpace || rs[k].r == '.') {
		k++
	}
	if k+1 < len(rs) && rs[k].r|0x20 == 'o' && rs[k+1].r|0x20 == 'z' {
		return k+2 == len(rs) || rs[k+2].c != cLatin
	}
	return k+1 < len(rs) && rs[k].r == '온' && rs[k+1].r == '스'
}
