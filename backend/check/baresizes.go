package check

// A size the name writes with its unit (5x5cm, 10 x 20mm) and again bare beside it (5x5cm 거즈 /
// 5x5 10팩: the option repeats the product's size without the unit) is that size, not five
// packs of five: a name does not write its own size twice, once as a count.

// sizeWrittenElsewhere reports whether toks[i] starts two bare numbers multiplied (5x5) that
// the same name writes elsewhere as a length (5x5cm, 5 x 5 cm).
func sizeWrittenElsewhere(toks []token, i int) bool {
	if i+2 >= len(toks) || i > 0 && toks[i-1].kind == tTimes || i+3 < len(toks) && toks[i+3].kind == tTimes {
		return false
	}
	a, x, b := &toks[i], &toks[i+1], &toks[i+2]
	if x.kind != tTimes || b.kind != tNumber || a.value <= 0 || b.value <= 0 {
		return false
	}
	for j := 0; j+2 < len(toks); j++ {
		if j == i {
			continue
		}
		p, y, q := &toks[j], &toks[j+1], &toks[j+2]
		if (p.kind == tNumber && p.value == a.value || p.kind == tMeasure && p.dim == dimLength && p.num == a.value) &&
			y.kind == tTimes && q.kind == tMeasure && q.dim == dimLength && q.num == b.value {
			return true
		}
	}
	return false
}
