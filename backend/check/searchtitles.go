package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// A seller's title is often written for the marketplace's search: it lists the goods' uses,
// materials, ingredients and other names beside the goods (야자숯 성형탄 캠핑 바베큐, 양파망 양파
// 마늘 감자 포장 그물망, 샴푸 소분 펌프 공병 리필용기), and the catalogue name leaves them out. A
// flavour, scent, kind or colour only such a title states, among two or more other words of the
// title the catalogue name does not write either, is one of those search words as likely as the
// buyer's choice: the check asks for a look (확인 필요) instead of holding the box. A value in the
// seller's option, a value the catalogue name contradicts with its own, a value against a
// catalogue name that writes a word of its own the check does not read (초코 against 쿠키앤크림:
// the catalogue names its variant), or a value in a title the catalogue name otherwise accounts
// for (진라면 매운맛 120g / 5개입 against 진라면, 120g, 5개) still blocks.

// searchTitleWords is how many other words of the seller's title the catalogue name must leave
// unexplained for the title to read as a list of search words.
const searchTitleWords = 2

// quietSearchTitleValues makes warnings of the values only the registered title states when that
// title leaves at least searchTitleWords other words unexplained.
func quietSearchTitleValues(r, e *reading, diffs []Difference) []Difference {
	if r.optStart == 0 || r.optStart >= len(r.name) || len(r.toks) > maxWordRuleTokens || len(e.toks) > maxWordRuleTokens {
		return diffs
	}
	var left []fact
	read, drop := false, false
	for i := range diffs {
		d := &diffs[i]
		if !titleValue(d, r.optStart) {
			continue
		}
		if !read {
			if namesOwnWord(unaccounted(e, r)) {
				return diffs
			}
			left, read = unaccounted(r, e), true
		}
		n := 0
		for _, f := range left {
			if f.sp.Start < r.optStart && !insideSpans(f.sp, d.RegisteredSpans) {
				n++
			}
		}
		if n >= searchTitleWords {
			d.Severity = order.Warn
			if r.searchWordValue(d, e) {
				d.Severity, drop = searchWord, true // one of the title's search words (searchwordvalues.go)
			}
		}
	}
	if drop {
		out := diffs[:0]
		for _, d := range diffs {
			if d.Severity != searchWord {
				out = append(out, d)
			}
		}
		diffs = out
	}
	return diffs
}

// searchWord marks, while quietSearchTitleValues runs, a difference it leaves out.
const searchWord order.Severity = "search word"

// titleValue reports whether d is a blocking flavour, scent, kind or colour that only the
// registered name states, written in its title (before optStart).
func titleValue(d *Difference, optStart int) bool {
	switch d.Kind {
	case KindFlavor, KindScent, KindGoods, KindColor:
	default:
		return false
	}
	if d.Severity != "" || d.Exposed != "" || len(d.RegisteredSpans) == 0 {
		return false
	}
	for _, sp := range d.RegisteredSpans {
		if sp.End > optStart {
			return false
		}
	}
	return true
}

// insideSpans reports whether sp lies inside one of sps.
func insideSpans(sp Span, sps []Span) bool {
	for _, s := range sps {
		if sp.Start >= s.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}

// namesOwnWord reports whether the catalogue name leaves over a word of its own (카카오닙스,
// 쿠키앤크림: a flavour the check does not list) after its first word (the maker: BOSCH against
// 보쉬), not a letter or a number of a code.
func namesOwnWord(fs []fact) bool {
	for _, f := range fs {
		if f.sp.Start > 0 && utf8.RuneCountInString(f.text) >= 2 && !strings.ContainsAny(f.text, "0123456789") {
			return true
		}
	}
	return false
}
