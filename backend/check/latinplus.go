package check

// namePlus reports whether the plus toks[i] is written inside a Latin name rather than joining a
// part to the goods: glued to the Latin word before it and either glued to a Latin word after
// it (BLACK+DECKER, a brand) or followed by a space (Charge+ TTi, the plus edition of a line).
func namePlus(toks []token, i int) bool {
	if i < 1 || toks[i].kind != tPlus {
		return false
	}
	p := &toks[i-1]
	if p.kind != tWord || !latinWord(p.text) || !adjacent(p, &toks[i]) {
		return false
	}
	if i+1 >= len(toks) || !adjacent(&toks[i], &toks[i+1]) {
		return true
	}
	n := &toks[i+1]
	return n.kind == tWord && latinWord(n.text)
}

// joinsWords reports whether the plus signs toks[i+1..j] join the Latin word toks[i] to a Latin
// word of two letters or more glued right after them, that no plus follows (HDMI+USB,
// GPS+Cellular): two words joined, no plus grade of the first. A number or a code before the
// plus (1++등급, MB4+) and one letter after it (DVD+R, a format) keep the grade reading.
func joinsWords(toks []token, i, j int) bool {
	if t := &toks[i]; t.kind != tWord || !latinWord(t.text) {
		return false
	}
	if j+1 >= len(toks) || !adjacent(&toks[j], &toks[j+1]) {
		return false
	}
	if n := &toks[j+1]; n.kind != tWord || !latinWord(n.text) || len(n.text) < 2 {
		return false
	}
	return j+2 >= len(toks) || toks[j+2].kind != tPlus || !adjacent(&toks[j+1], &toks[j+2])
}

// latinPartAdded returns the word after the plus toks[i] of a inside a Latin name when that plus
// joins a part after all: b writes the word before the plus and does not account for the word
// after it (Body+Lens against Body, Keys+Master against Keys), or -1. A brand (BLACK+DECKER) or
// two words both names write (HDMI+USB against HDMI USB) joins no part.
func latinPartAdded(a, b *reading, i int) int {
	if i < 1 || i+1 >= len(a.toks) || !adjacent(&a.toks[i], &a.toks[i+1]) {
		return -1
	}
	p, n := &a.toks[i-1], &a.toks[i+1]
	if n.kind != tWord || !latinWord(n.text) || len(n.text) < 2 || !accountedToken(p, a, b) || accountedToken(n, a, b) {
		return -1
	}
	return i + 1
}
