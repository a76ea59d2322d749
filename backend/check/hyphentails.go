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
// letters only may differ in length when the whole code is letters (CD-RW / CD-R, USB-A / USB-C)
// and neither part is a clothing size (X-L / X-Large) nor the other's plural (T-Shirt /
// T-Shirts). A code the other name writes too, with or without its hyphens or with a space for
// one (CTR-5700 플러스 for CTR-5700PLUS is a longer part), and a Roman numeral against its digit
// (Vol-II / Vol-2) are the same code.

// compareHyphenTails adds a model Warn ("모델 2-2 ↔ 2-1") when the two names write codes of one
// head with different last parts. It runs only when no model difference was found.
func compareHyphenTails(r, e *reading, diffs []Difference) []Difference {
	if strings.IndexByte(r.name, '-') < 0 || strings.IndexByte(e.name, '-') < 0 || hasKind(diffs, KindModel) {
		return diffs
	}
	rc := hyphenCodes(r.name)
	if len(rc) == 0 {
		return diffs
	}
	ec := hyphenCodes(e.name)
	for _, a := range rc {
		for _, b := range ec {
			if !otherTail(r.name[a.Start:a.End], e.name[b.Start:b.End]) ||
				writesCode(e.name, r.name[a.Start:a.End]) || writesCode(r.name, e.name[b.Start:b.End]) {
				continue
			}
			d := difference(KindModel, nil, nil,
				[]fact{{text: r.name[a.Start:a.End], sp: a}}, []fact{{text: e.name[b.Start:b.End], sp: b}})
			d.Severity = order.Warn
			return append(diffs, d)
		}
	}
	return diffs
}

// codeBreak reports whether c ends a written code: a space or a bracket, a comma or a slash.
func codeBreak(c byte) bool {
	return c == ' ' || c == ',' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']'
}

// hyphenCodes returns the spans of the words of name that are codes of Latin letters and digits
// joined by hyphens (2-2, ESW350-15W, CD-RW), each part non-empty.
func hyphenCodes(name string) []Span {
	var out []Span
	for i := 0; i < len(name); {
		if codeBreak(name[i]) {
			i++
			continue
		}
		j := i
		for j < len(name) && !codeBreak(name[j]) {
			j++
		}
		if hyphenCode(name[i:j]) {
			out = append(out, Span{Start: i, End: j})
		}
		i = j
	}
	return out
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
	return lettersOnly(a) && lettersOnly(b) && !sizeWord(ta) && !sizeWord(tb) && !pluralOf(ta, tb) && !pluralOf(tb, ta)
}

// pluralOf reports whether the Latin word p is w with an English plural ending (T-Shirts of
// T-Shirt).
func pluralOf(p, w string) bool {
	return len(p) > len(w) && strings.EqualFold(p[:len(w)], w) && (strings.EqualFold(p[len(w):], "s") || strings.EqualFold(p[len(w):], "es"))
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
	for i := 0; i < len(name); {
		if codeBreak(name[i]) {
			i++
			continue
		}
		// the word from i, then the word after it joined
		j := i
		for j < len(name) && !codeBreak(name[j]) {
			j++
		}
		if foldedNoHyphen(name[i:j], want) {
			return true
		}
		k := j
		for k < len(name) && name[k] == ' ' {
			k++
		}
		l := k
		for l < len(name) && !codeBreak(name[l]) {
			l++
		}
		if k > j && l > k && foldedNoHyphen(name[i:j]+name[k:l], want) {
			return true
		}
		i = j
	}
	return false
}

// foldedNoHyphen reports whether w without its hyphens is want, ignoring case.
func foldedNoHyphen(w, want string) bool {
	if strings.IndexByte(w, '-') >= 0 {
		w = strings.ReplaceAll(w, "-", "")
	}
	return strings.EqualFold(w, want)
}
