package check

// A listing that sells a set of parts may count each part by a number glued to its name in a
// list joined by plus signs (펌프1 + 마개4, 송신기1 + 수신기1), where the other name writes the
// counts apart (펌프 1개 + 스토퍼 4개): the number counts that part, it is no generation of it.

// partCountInList reports whether the bare number toks[i], glued to the Hangul word before it,
// stands next to a plus whose neighbouring part is another part written the same way (a Hangul
// word and a glued number) or with a count (마개 4개): one of the counted parts of a list. Two
// parts of one name (수학1 + 수학2) are numbered volumes, not counted parts.
func partCountInList(toks []token, i int) bool {
	if !gluedPartCount(toks, i) {
		return false
	}
	other := func(k int) bool {
		return (gluedPartCount(toks, k) || countedPart(toks, k)) && toks[k-1].text != toks[i-1].text
	}
	if i+3 < len(toks) && toks[i+1].kind == tPlus && other(i+3) {
		return true
	}
	return i >= 4 && toks[i-2].kind == tPlus && other(i-3)
}

// gluedPartCount reports whether toks[k] is a bare number glued to the Hangul word before it.
func gluedPartCount(toks []token, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	n, w := &toks[k], &toks[k-1]
	return n.kind == tNumber && n.value >= 1 && w.kind == tWord && !latinWord(w.text) && adjacent(w, n)
}

// countedPart reports whether toks[k] is a count that follows a Hangul word (마개 4개).
func countedPart(toks []token, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	c, w := &toks[k], &toks[k-1]
	return c.kind == tMeasure && c.dim == dimCount && w.kind == tWord && !latinWord(w.text)
}
