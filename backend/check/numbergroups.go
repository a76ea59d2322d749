package check

// Number groups. A maker's part number is written with its digit groups apart or together:
// KNIPEX 87-01-250 is 8701250, 70 06 160 is 7006160, CRC 5-56 is 556. Groups of digits joined by
// hyphens or single spaces, whose digits the other name writes as one number, are that number.

// numberGroup returns the digits of the group of bare numbers rd writes around token i (two or
// more numbers joined by a hyphen or a space, three digits or more in all), "" when there is none.
func (rd *reading) numberGroup(i int) string {
	toks := rd.toks
	if toks[i].kind != tNumber {
		return ""
	}
	start, end := i, i
	for start >= 2 && joinsGroup(rd, start-2, start) {
		start -= 2
	}
	for start >= 1 && spacedGroup(rd, start-1, start) {
		start--
	}
	for {
		switch {
		case end+2 < len(toks) && joinsGroup(rd, end, end+2):
			end += 2
			continue
		case end+1 < len(toks) && spacedGroup(rd, end, end+1):
			end++
			continue
		}
		break
	}
	if start == end {
		return ""
	}
	var b [24]byte
	n := 0
	for k := start; k <= end; k++ {
		if toks[k].kind != tNumber {
			continue
		}
		for _, c := range []byte(toks[k].text) {
			if !isDigit(c) || n == len(b) {
				return ""
			}
			b[n] = c
			n++
		}
	}
	if n < 3 {
		return ""
	}
	return string(b[:n])
}

// joinsGroup: numbers a and b = a+2 are joined by a hyphen written tight between them (87-01).
func joinsGroup(rd *reading, a, b int) bool {
	t := rd.toks
	return t[a].kind == tNumber && t[b].kind == tNumber && t[a+1].kind == tBreak && t[a+1].text == "-" &&
		adjacent(&t[a], &t[a+1]) && adjacent(&t[a+1], &t[b])
}

// spacedGroup: numbers a and b = a+1 are written with one space between them (70 06 160), the
// second of two digits or more.
func spacedGroup(rd *reading, a, b int) bool {
	t := rd.toks
	return t[a].kind == tNumber && t[b].kind == tNumber && len(t[b].text) >= 2 &&
		t[b].sp.Start == t[a].sp.End+1 && spaceByte(rd.name[t[a].sp.End])
}

// groupWritten reports whether the number of rd written at sp is part of a number group whose
// digits other writes as one number, or as a group of its own split elsewhere.
func (rd *reading) groupWritten(sp Span, other *reading) bool {
	for i := range rd.toks {
		if rd.toks[i].sp == sp {
			g := rd.numberGroup(i)
			return g != "" && (other.writesDigits(g) || other.writesGroupOf(g)) // 925 25-05 vs 92525-05
		}
	}
	return false
}

// writesDigits reports whether rd writes the digits g as one bare number or as a code's digits.
func (rd *reading) writesDigits(g string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tNumber && t.text == g || (t.kind == tModel || t.kind == tGrade) && digitsOnly(t.text) == g {
			return true
		}
	}
	return false
}

// writesGroupOf reports whether rd writes a number group whose digits are text.
func (rd *reading) writesGroupOf(text string) bool {
	if len(text) < 3 {
		return false
	}
	for i := range rd.toks {
		if rd.toks[i].kind == tNumber && rd.numberGroup(i) == text {
			return true
		}
	}
	return false
}

// groupExplained reports whether the number fact f of rd is explained by a number group: part of
// a group whose digits other writes, or the digits of a group other writes.
func groupExplained(f fact, rd, other *reading) bool {
	return rd.groupWritten(f.sp, other) || other.writesGroupOf(digitsOnly(f.text))
}

// compareNumberGroups: two names that each write a number group of as many parts, neither
// written by the other in any form (fertiliser 21-17-17 against 21-21-17, part 87-01-250 against
// 87-01-180), name other goods. Each group's numbers may all be written by the other name in
// another order, which no number check sees.
func compareNumberGroups(r, e *reading, diffs []Difference) []Difference {
	rg, rsp, rn := r.firstGroup()
	if rg == "" {
		return diffs
	}
	eg, esp, en := e.firstGroup()
	if eg == "" || rn != en || rg == eg || e.writesDigits(rg) || r.writesDigits(eg) || r.writesGroupOf(eg) || e.writesGroupOf(rg) {
		return diffs
	}
	return append(diffs, Difference{Kind: KindModel, Registered: r.name[rsp.Start:rsp.End], Exposed: e.name[esp.Start:esp.End],
		RegisteredSpans: []Span{rsp}, ExposedSpans: []Span{esp}})
}

// firstGroup is the first group of three numbers or more joined by hyphens that rd writes: its
// digits, where it is written and how many numbers it has.
func (rd *reading) firstGroup() (string, Span, int) {
	toks := rd.toks
	for i := 0; i+4 < len(toks); i++ {
		if !joinsGroup(rd, i, i+2) || i >= 2 && joinsGroup(rd, i-2, i) {
			continue
		}
		end := i + 2
		for end+2 < len(toks) && joinsGroup(rd, end, end+2) {
			end += 2
		}
		if n := (end-i)/2 + 1; n >= 3 {
			return rd.numberGroup(i), Span{toks[i].sp.Start, toks[end].sp.End}, n
		}
	}
	return "", Span{}, 0
}
