package check

import (
	"strconv"
	"strings"

	"sellerdesk/backend/order"
)

// A periodical's issue. A magazine is sold by its issue, written as a year and a month: 2025년
// 2월호 in Hangul, 2025.2 or 2025.02 in figures. Read number by number, 2025년 and 2월호 are a
// year and a count that the other name's 2025.2 does not explain; read as one issue, the same
// issue passes and another month of the same title blocks. At least one name must write 월호, the
// word that makes the date an issue.

// issueDate is one issue a name writes: year*100+month and where it stands.
type issueDate struct {
	key int
	sp  Span
}

// issueDates are the issues name writes: a year of 19xx or 20xx, then 년 and a month of 1–12
// with 월호 or 월 after it, or a dot and the month in figures (2025.2, 2025.02), not inside a
// longer number. hangul reports whether one of them is written with 월호.
func issueDates(name string) (out []issueDate, hangul bool) {
	for i := 0; i+4 < len(name); i++ {
		if !(name[i] == '1' && name[i+1] == '9' || name[i] == '2' && name[i+1] == '0') || !isDigit(name[i+2]) || !isDigit(name[i+3]) {
			continue
		}
		if i > 0 && (isDigit(name[i-1]) || name[i-1] == '.') {
			continue
		}
		year, _ := strconv.Atoi(name[i : i+4])
		j := i + 4
		dotted := false
		switch {
		case strings.HasPrefix(name[j:], "년"):
			j += len("년")
			if j < len(name) && name[j] == ' ' {
				j++
			}
		case name[j] == '.':
			j++
			dotted = true
		default:
			continue
		}
		k := j
		for k < len(name) && isDigit(name[k]) {
			k++
		}
		if k == j || k-j > 2 {
			continue
		}
		month, _ := strconv.Atoi(name[j:k])
		if month < 1 || month > 12 {
			continue
		}
		end := k
		switch {
		case dotted:
			if k < len(name) && (isDigit(name[k]) || name[k] == '.' || isLatinLetter(name[k])) {
				continue // 2025.2.14 (a day), 2025.2ml
			}
		case strings.HasPrefix(name[k:], "월호"):
			end, hangul = k+len("월호"), true
		case strings.HasPrefix(name[k:], "월"):
			end = k + len("월")
		default:
			continue
		}
		out = append(out, issueDate{key: year*100 + month, sp: Span{Start: i, End: end}})
		i = end - 1
	}
	return out, hangul
}

// monthBit is the bit of 월, which every issue written in Hangul has, in nameSig.hangul.
var monthBit = syllableBit('월')

// compareIssueDates: when both names write an issue and one of them with 월호, the findings that
// lie inside the issues (a year, a count of 월호, a decimal read from them) are left out, and
// two issues of which none is the other's block as another edition.
func compareIssueDates(r, e *reading, diffs []Difference) []Difference {
	if !(r.says.hangul[monthBit>>6]&(1<<(monthBit&63)) != 0 && strings.Contains(r.name, "월호")) && !(e.says.hangul[monthBit>>6]&(1<<(monthBit&63)) != 0 && strings.Contains(e.name, "월호")) {
		return diffs // no 월호 on either side: neither name's issue is in Hangul, which the rule needs (rh, eh below); the signature first, as most names write no 월
	}
	rd, rh := issueDates(r.name)
	if len(rd) == 0 {
		return diffs
	}
	ed, eh := issueDates(e.name)
	if len(ed) == 0 || !rh && !eh {
		return diffs
	}
	diffs = dropFindingsWithin(diffs, issueSpans(rd), issueSpans(ed))
	for _, a := range rd {
		for _, b := range ed {
			if a.key == b.key {
				return diffs
			}
		}
	}
	d := difference(KindEdition, nil, nil, issueFacts(r.name, rd), issueFacts(e.name, ed))
	d.Severity = order.Block
	return append(diffs, d)
}

func issueSpans(ds []issueDate) []Span {
	sps := make([]Span, len(ds))
	for i, d := range ds {
		sps[i] = d.sp
	}
	return sps
}

// dropFindingsWithin leaves out of diffs each finding whose spans all lie inside a notation's
// spans in each name (rs in the registered, es in the exposed): the notation's own reading
// (an issue date, a speaker layout) stands for them. It filters diffs in place.
func dropFindingsWithin(diffs []Difference, rs, es []Span) []Difference {
	out := diffs[:0]
	for _, d := range diffs {
		if len(d.RegisteredSpans)+len(d.ExposedSpans) > 0 && allInsideSpans(d.RegisteredSpans, rs) && allInsideSpans(d.ExposedSpans, es) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// allInsideSpans reports whether every span of sps lies inside one of within (true for none).
func allInsideSpans(sps, within []Span) bool {
	for _, s := range sps {
		in := false
		for _, w := range within {
			if s.Start >= w.Start && s.End <= w.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

func issueFacts(name string, ds []issueDate) []fact {
	fs := make([]fact, 0, len(ds))
	for _, d := range ds {
		fs = append(fs, fact{text: name[d.sp.Start:d.sp.End], sp: d.sp})
	}
	return fs
}
