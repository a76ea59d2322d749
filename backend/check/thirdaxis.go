package check

// A size written W x D x H on one side and W x D on the other names the same goods with their
// height (or thickness) added: a pallet of 1100 x 1100 against 1100 x 1100 x 150mm. The one
// length only that name writes is the third factor of its size, and the other name writes the
// first two.

// thirdAxis reports whether fs is one length of rd, the last factor of a size rd writes as three
// lengths joined by x, whose other two other writes.
func thirdAxis(fs []fact, rd, other *reading) bool {
	if len(fs) != 1 {
		return false
	}
	i := tokenAt(rd, fs[0].sp)
	if i < 4 || i+1 < len(rd.toks) && rd.toks[i+1].kind == tTimes {
		return false
	}
	t := rd.toks
	if t[i-1].kind != tTimes || t[i-3].kind != tTimes || !lengthToken(&t[i-2]) || !lengthToken(&t[i-4]) ||
		i >= 5 && t[i-5].kind == tTimes {
		return false
	}
	return other.writesLength(t[i-2].value) && other.writesLength(t[i-4].value)
}

// lengthToken reports whether t is a length.
func lengthToken(t *token) bool { return t.kind == tMeasure && t.dim == dimLength }

// thicknessOnly reports whether every length of fs is written right after 두께 (두께 4cm, [두께
// 4cm]) and rd writes another length: the thickness of goods whose size both names write.
func thicknessOnly(fs []fact, rd *reading) bool {
	if len(fs) == 0 || rd.dimCount(dimLength) <= len(fs) {
		return false
	}
	for _, f := range fs {
		i := tokenAt(rd, f.sp)
		if i < 1 || rd.toks[i-1].kind != tWord || rd.toks[i-1].text != "두께" {
			return false
		}
	}
	return true
}
