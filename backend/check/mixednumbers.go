package check

import "strconv"

// A reed's strength, a brush's or a gauge's size is written in the American way as a mixed
// number with a space (2 1/2, 3 1/2): the whole number, the numerator and the denominator are
// otherwise three bare numbers, so 리드 2 1/2 against 리드 2.5호 reads 2 and 1 against 2.5.

// mixedNumbers reads a whole number followed, after a space, by a proper fraction written tight
// (2 1/2, 3 3/4) as one number. The fraction's denominator must be a half, a third, a quarter
// or an eighth, and nothing but a comma or a bracket may be glued to the three (A2 1/2, 2 1/2인치 are read elsewhere,
// 10 1/2 of a date or a code is not one).
func mixedNumbers(toks []token) []token {
	for i := 0; i+3 < len(toks); i++ {
		w, n, s, d := &toks[i], &toks[i+1], &toks[i+2], &toks[i+3]
		if w.kind != tNumber || n.kind != tNumber || d.kind != tNumber || s.kind != tBreak || s.text != "/" {
			continue
		}
		if adjacent(w, n) || !adjacent(n, s) || !adjacent(s, d) || w.fe >= n.fs && w.sp.End >= n.sp.Start {
			continue
		}
		if i > 0 && adjacent(&toks[i-1], w) && !looseBreak(&toks[i-1]) || i+4 < len(toks) && adjacent(d, &toks[i+4]) && !looseBreak(&toks[i+4]) {
			continue
		}
		if w.num < 1 || n.num < 1 || d.num <= n.num || w.num != float64(int(w.num)) || n.num != float64(int(n.num)) {
			continue
		}
		switch d.num {
		case 2, 3, 4, 8:
		default:
			continue
		}
		v := w.num + n.num/d.num
		m := *w
		m.num, m.value = v, v
		m.text = strconv.FormatFloat(v, 'f', -1, 64)
		m.fe, m.sp.End = d.fe, d.sp.End
		toks[i] = m
		toks = append(toks[:i+1], toks[i+4:]...)
	}
	return toks
}

// looseBreak reports whether t is a break that ends a phrase (a comma, a bracket), not one
// that joins a code, a date or a range (- / . :).
func looseBreak(t *token) bool {
	if t.kind != tBreak {
		return false
	}
	switch t.text {
	case "-", "/", ".", ":", "~", "_", "x", "*", "+":
		return false
	}
	return true
}
