package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// Letter codes. Makers name a model, a line or a size of their goods by one to four capital
// letters written as a word of their own (CUK 2939, GKM 앵커, LDX+, 침대 LK): a name that writes
// one such code and another that writes a code one letter longer or shorter (CU / CUK, K / LK,
// GK / GKM) or of the same length with one letter changed (LDX+ / MDX+) names two models — the
// one letter is what the maker changed. Neither code may be written by the other name in any
// form (UP-B2 writes UP), both must be written in capitals standing alone (SD카드, 울트라HD, MaxV,
// S.E., I/O and X-Large are parts of words), a plus alone is no letter (PLA / PLA+, compared as a
// grade), a country written in two and three letters is one (US / USA), and two single letters
// are sizes (M / L, read as sizes). Two listed values (AA / AAA) and two sizes the size
// comparison already tells apart (L / XL) are left to them. It asks for a look.

// compareLetterCodes reports a model warning when the two names write two letter codes that
// differ by one letter.
func compareLetterCodes(r, e *reading, diffs []Difference) []Difference {
	if !r.says.mayWriteCapital() || !e.says.mayWriteCapital() || !hasCapital(r.name) || !hasCapital(e.name) {
		return diffs
	}
	if !writesCapitalCode(e) {
		return diffs // no code of e to pair with one of r's: the search for r's in e is not needed
	}
	for i := range r.toks {
		a := &r.toks[i]
		ac, ok := capitalCode(r.name, a)
		if !ok || writesLetters(e.name, ac) {
			continue
		}
		for j := range e.toks {
			b := &e.toks[j]
			bc, ok := capitalCode(e.name, b)
			if !ok || a.attr && b.attr || a.kind == tSize && b.kind == tSize && hasKind(diffs, KindSize) {
				continue // AA / AAA, L / XL: two values the lexicon or the sizes compare
			}
			if !oneLetterApart(ac, bc) || writesLetters(r.name, bc) {
				continue
			}
			d := difference(KindModel, nil, nil, []fact{{text: ac, sp: a.sp}}, []fact{{text: bc, sp: b.sp}})
			d.Severity = order.Warn
			return append(diffs, d)
		}
	}
	return diffs
}

// writesCapitalCode reports whether one of rd's tokens is a letter code (capitalCode).
func writesCapitalCode(rd *reading) bool {
	for i := range rd.toks {
		if _, ok := capitalCode(rd.name, &rd.toks[i]); ok {
			return true
		}
	}
	return false
}

// hasCapital reports whether s holds a capital Latin letter.
func hasCapital(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// capitalCode is the code the token t of name writes: one to four capital letters, a plus after
// them allowed (LDX+, read as a grade), standing alone (a space, a comma, a parenthesis or the name's edge either side).
func capitalCode(name string, t *token) (string, bool) {
	if t.kind != tWord && t.kind != tSize && t.kind != tModel && t.kind != tGrade {
		return "", false
	}
	code := name[t.sp.Start:t.sp.End]
	letters := strings.TrimSuffix(code, "+")
	if len(letters) == 0 || len(letters) > 4 {
		return "", false
	}
	for k := 0; k < len(letters); k++ {
		if letters[k] < 'A' || letters[k] > 'Z' {
			return "", false
		}
	}
	if t.sp.Start > 0 && !strings.ContainsRune(" (,", rune(name[t.sp.Start-1])) {
		return "", false
	}
	if t.sp.End < len(name) && !strings.ContainsRune(" ),", rune(name[t.sp.End])) {
		return "", false
	}
	return code, true
}

// oneLetterApart reports whether the codes a and b differ by one letter: one letter added at
// either end (CU / CUK, K / LK), or one letter changed in a code of two letters or more
// (LDX+ / MDX+). A plus written by one of them only is no letter.
func oneLetterApart(a, b string) bool {
	if strings.HasSuffix(a, "+") != strings.HasSuffix(b, "+") || sameRegion(a, b) {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 1:
		return strings.HasPrefix(b, a) || strings.HasSuffix(b, a)
	case 0:
		if len(strings.TrimSuffix(a, "+")) < 2 {
			return false
		}
		n := 0
		for k := 0; k < len(a); k++ {
			if a[k] != b[k] {
				n++
			}
		}
		return n == 1
	}
	return false
}

// sameRegion reports whether a and b are one country written in two and three letters (US / USA).
func sameRegion(a, b string) bool { return a == "US" && b == "USA" || a == "USA" && b == "US" }

// writesLetters reports whether name writes the letters of code (its plus left out) as a run of
// Latin letters of its own, in either case: UP in UP-B2, CU in CU 2939, but not CU in CUK.
func writesLetters(name, code string) bool {
	code = strings.TrimSuffix(code, "+")
	for from := 0; from+len(code) <= len(name); {
		k := indexFold(name[from:], code)
		if k < 0 {
			return false
		}
		s, e := from+k, from+k+len(code)
		if (s == 0 || !isLatinLetter(name[s-1])) && (e == len(name) || !isLatinLetter(name[e])) {
			return true
		}
		from = s + 1
	}
	return false
}

// indexFold is strings.Index for an ASCII pattern, ignoring the case of Latin letters.
func indexFold(s, pat string) int {
	for i := 0; i+len(pat) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(pat)], pat) {
			return i
		}
	}
	return -1
}

func isLatinLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
