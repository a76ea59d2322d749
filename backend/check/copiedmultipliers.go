package check

import "strings"

// dropCopiedMultipliers leaves out a count read only from a bare multiplier — X10, 10x, with no
// unit or measure beside it (countRun.weak) — that the exposed name (rd) and the registered name's
// product part both write: it is a model or line word the catalogue copied from the seller's
// product name, not a count (이스턴 X10 화살 / 6개 against 이스턴 X10 화살, 6개: Easton's X10
// arrows, six of them, not sixty; 지크 X9 … / 4L against ZIC X9 … 4리터, 1개: the X9 oil, one can).
// It is left out of both names, so that each is read by the counts it states (a registered name's
// product part is not read as a count of the option beside an option count: without this a name
// did not match itself).
func (rd *reading) dropCopiedMultipliers(reg *reading) {
	if reg.optStart <= 0 || reg.optStart >= len(reg.name) || len(rd.counts) == 0 {
		return
	}
	title := reg.name[:reg.optStart]
	var words [2]string
	n := 0
	if !rd.dropCounts(func(c *countRun) bool {
		if !c.weak || c.n != 1 || c.items || n == len(words) {
			return false
		}
		w := multiplierWord(rd.name, c.sp)
		if w == "" || !writesWord(title, w) {
			return false
		}
		words[n] = w
		n++
		return true
	}) {
		return
	}
	reg.dropCounts(func(c *countRun) bool {
		return c.weak && c.n == 1 && !c.items && c.sp.End <= reg.optStart && copiedWord(multiplierWord(reg.name, c.sp), words[:n])
	})
}

func copiedWord(w string, words []string) bool {
	for _, x := range words {
		if w != "" && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// multiplierWord is the token of a bare multiplier whose number is at sp in name, with its x
// glued before or after it ("X10", "10x", "*10": the tokeniser reads an asterisk as a times sign
// too); "" when no x is glued to it.
func multiplierWord(name string, sp Span) string {
	if sp.Start < 0 || sp.End > len(name) || sp.Start >= sp.End {
		return ""
	}
	isX := func(b byte) bool { return b == 'x' || b == 'X' || b == '*' }
	switch {
	case sp.Start > 0 && isX(name[sp.Start-1]):
		return name[sp.Start-1 : sp.End]
	case sp.End < len(name) && isX(name[sp.End]):
		return name[sp.Start : sp.End+1]
	}
	return ""
}

// writesWord reports whether s writes w (ASCII, any case) as a word of its own: not inside a
// longer run of letters or digits.
func writesWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		end := i + len(w)
		if strings.EqualFold(s[i:end], w) && (i == 0 || !isAlnumByte(s[i-1])) && (end == len(s) || !isAlnumByte(s[end])) {
			return true
		}
	}
	return false
}

func isAlnumByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
