package check

// A Phillips screwdriver tip is written PH2 or, as Korean listings write it, +2 (십자 +2 비트):
// PH2 of one name is explained by a +2 of the other, not a model code the other lacks. Pozidriv
// (PZ2) is another tip and is not read so, nor is the +1 of a count written 1+1 (a bundle offer).

// writesPhillipsTip reports whether key is a Phillips tip code (ph and one digit) that rd writes
// as a plus directly followed by the same digit (+2, +2x65).
func (rd *reading) writesPhillipsTip(key string) bool {
	if len(key) != 3 || key[0] != 'p' || key[1] != 'h' || !isDigit(key[2]) {
		return false
	}
	for i := 0; i+1 < len(rd.toks); i++ {
		t, n := &rd.toks[i], &rd.toks[i+1]
		if t.kind == tPlus && n.kind == tNumber && n.text == key[2:] && t.sp.End == n.sp.Start && !afterNumber(rd.toks, i) {
			return true
		}
	}
	return false
}

// afterNumber reports whether toks[i] directly follows a number (the plus of 1+1).
func afterNumber(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tNumber && toks[i-1].sp.End == toks[i].sp.Start
}
