package check

import "strings"

// An ordinal is written in Korean (2번째, glued to the word it counts: 2번째컷) or in English
// (2nd, 1st): 스몰펫셀렉트 2번째컷 티모시 and Small Pet Select 1st 컷 티모시 are hay of the second
// and of the first cut. Both are read as one measure in the unit 번째, so that the two numbers are
// compared like any other measure in a unit of its own (2번째 against 1번째).

// ordinalUnit is the unit both ways of writing an ordinal are read in.
const ordinalUnit = "번째"

// readOrdinals reads an English ordinal (1st, 2nd, 3rd, 4th) as a measure in 번째, unless an
// English word follows it (2nd Gen), and cuts a word glued after 번째 (2번째컷) off the unit.
func (rd *reading) readOrdinals() {
	for i := range rd.toks {
		t := &rd.toks[i]
		switch {
		case t.kind == tMeasure && t.dim == dimOther && len(t.unit) > len(ordinalUnit) && strings.HasPrefix(t.unit, ordinalUnit):
			t.unit = ordinalUnit
		case t.kind == tModel && len(t.text) >= 3 && len(t.text) <= 5:
			if i+1 < len(rd.toks) && rd.toks[i+1].text != "" && isLatinLetter(rd.toks[i+1].text[0]) {
				continue // 2nd Gen, 3rd Edition: an English phrase the generation rules read
			}
			if v, ok := englishOrdinal(t.text); ok {
				t.kind, t.dim, t.unit, t.value, t.num = tMeasure, dimOther, ordinalUnit, v, v
			}
		}
	}
}

// englishOrdinal reads s as a number followed by its English ordinal ending (1st, 22nd, 3rd,
// 11th), the ending that number takes.
func englishOrdinal(s string) (float64, bool) {
	n, i := 0, 0
	for i < len(s) && isDigit(s[i]) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i > 2 || n == 0 {
		return 0, false
	}
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return float64(n), s[i:] == want
}
