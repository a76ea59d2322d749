package check

import (
	"strconv"
	"strings"

	"sellerdesk/backend/order"
)

// A code written with hyphens names the item by its last part: 쎈 수학 2-2 and 2-1 are two
// books of one series (grade 2, term 2 or 1), ESW350-15W and ESW350-15U two water heaters of one
// line, CD-RW and CD-R two discs. When each name writes such a code with the same head and a
// different last part, the two names sell two items of one series. The model comparison reads
// most of these codes already; it does not read a code of digits only (2-2 is no model) nor one
// whose last part reads as a measure (15W is read as watts), so these are compared here, as the
// codes are written.
//
// The last parts must be of the same length (15W / 15U, 2-2 / 2-1): a part one character longer
// is most often the same item with a maker's suffix (P-145 / P-145B, 50-23 / 50-23G). Parts of
// letters only may differ in length when the whole code is letters, each part one or two letters
// (CD-RW / CD-R, DVD-R / DVD-RW: a colour suffix spelled two ways, -BK / -BLK or -WH / -WHT, is
// longer, and so is a plural, T-Shirt / T-Shirts), and neither part is a clothing size (L / XL).
// A code the other name writes too, with or without its hyphens or with a space for
// one (CTR-5700 플러스 for CTR-5700PLUS is a longer part), and a Roman numeral against its digit
// (Vol-II / Vol-2) are the same code.

// compareHyphenTails adds a model Warn ("모델 2-2 ↔ 2-1") when the two names write codes of one
// head with different last parts. It runs only when no model difference was found.
func compareHyphenTails(r, e *reading, diffs []Difference) []Difference {
	if strings.IndexByte(r.name, '-') < 0 || strings.IndexByte(e.name, '-') < 0 || hasKind(diffs, KindModel) {
		return diffs
	}
	return warnWordPair(r, e, diffs, KindModel, false,
		func(aw string) bool { return hyphenCode(aw) && !writesCode(e.name, aw) },
		func(aw, bw string) bool { return hyphenCode(bw) && otherTail(aw, bw) && !writesCode(r.name, bw) })
}

// warnWordPair adds a Warn of kind at the first word aw of the registered name (code words, ending
// at a plus when plus is set) that one passes, against the first word bw of the exposed name that
// pair passes with it; the rules of two items of one series written as codes, letter types or
// value prefixes share it.
func warnWordPair(r, e *reading, diffs []Difference, kind string, plus bool, one func(aw string) bool, pair func(aw, bw string) bool) []Difference {
	for i := 0; ; {
		as, ae := nextCodeWord(r.name, i, plus)
		if as < 0 {
			return diffs
		}
		i = ae
		aw := r.name[as:ae]
		if !one(aw) {
			continue
		}
		for j := 0; ; {
			bs, be := nextCodeWord(e.name, j, plus)
			if bs < 0 {
				break
			}
			j = be
			bw := e.name[bs:be]
			if !pair(aw, bw) {
				continue
			}
			d := difference(kind, nil, nil,
				[]fact{{text: aw, sp: Span{Start: as, End: ae}}}, []fact{{text: bw, sp: Span{Start: bs, End: be}}})
			d.Severity = order.Warn
			return append(diffs, d)
		}
	}
}

// codeBreak reports whether c ends a written code: a space or a bracket, a comma or a slash.
func codeBreak(c byte) bool {
	return c == ' ' || c == ',' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']'
}

// nextCodeWord returns the bytes [start, end) of the first word of name at or after i, words ending
// at a codeBreak (and at a plus when plus is set); -1, -1 when there is none.
func nextCodeWord(name string, i int, plus bool) (int, int) {
	for i < len(name) && (codeBreak(name[i]) || plus && name[i] == '+') {
		i++
	}
	if i == len(name) {
		return -1, -1
	}
	j := i
	for j < len(name) && !codeBreak(name[j]) && !(plus && name[j] == '+') {
		j++
	}
	return i, j
}

// hyphenCode reports whether w is Latin letters and digits in two parts or more joined by single
// hyphens.
func hyphenCode(w string) bool {
	hyphens := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '-':
			if k == 0 || k == len(w)-1 || w[k-1] == '-' {
				return false
			}
			hyphens++
		case c >= '0' && c <= '9', isLatinLetter(c):
		default:
			return false
		}
	}
	return hyphens > 0
}

// otherTail reports whether the codes a and b have the same head (every part but the last, in
// either case) and last parts that name another item of it (see the rule above).
func otherTail(a, b string) bool {
	ka, kb := strings.LastIndexByte(a, '-'), strings.LastIndexByte(b, '-')
	if !strings.EqualFold(a[:ka], b[:kb]) {
		return false
	}
	ta, tb := a[ka+1:], b[kb+1:]
	if strings.EqualFold(ta, tb) || sameNumeral(ta, tb) {
		return false
	}
	if len(ta) == len(tb) {
		return true
	}
	return len(ta) <= 2 && len(tb) <= 2 && lettersOnly(a) && lettersOnly(b) && !sizeWord(ta) && !sizeWord(tb)
}

// lettersOnly reports whether the code w has no digit.
func lettersOnly(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= '0' && w[k] <= '9' {
			return false
		}
	}
	return true
}

// sizeWord reports whether w is a clothing size written in letters (L, XL, Large).
func sizeWord(w string) bool {
	switch strings.ToLower(w) {
	case "s", "m", "l", "xs", "xl", "xxl", "xxxl", "small", "medium", "large", "free", "f":
		return true
	}
	return false
}

// sameNumeral reports whether one of a and b is a Roman numeral (romanNumerals) and the other its
// digits.
func sameNumeral(a, b string) bool {
	va, vb := romanNumerals[strings.ToLower(a)], romanNumerals[strings.ToLower(b)]
	return va > 0 && strconv.Itoa(int(va)) == b || vb > 0 && strconv.Itoa(int(vb)) == a
}

// writesCode reports whether name writes the code as one of its words, or two words next to each
// other, when hyphens and spaces are left out and case is ignored (CTR-5700PLUS / CTR-5700 PLUS).
func writesCode(name, code string) bool {
	want := strings.ReplaceAll(code, "-", "")
	for i := 0; ; {
		s, e := nextCodeWord(name, i, false)
		if s < 0 {
			return false
		}
		i = e
		if foldedNoHyphen(name[s:e], want) {
			return true
		}
		// the word and the one after it, joined
		if t, u := nextCodeWord(name, e, false); t > e && strings.TrimLeft(name[e:t], " ") == "" &&
			foldedNoHyphen(name[s:e]+name[t:u], want) {
			return true
		}
	}
}

// foldedNoHyphen reports whether w without its hyphens is want, ignoring case.
func foldedNoHyphen(w, want string) bool {
	if strings.IndexByte(w, '-') >= 0 {
		w = strings.ReplaceAll(w, "-", "")
	}
	return strings.EqualFold(w, want)
}
