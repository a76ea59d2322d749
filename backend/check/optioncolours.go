package check

// The option's colour. A registered title may name colours of the line (실버 귀걸이, 투명 키캡,
// 골드 반지) beside the colour its option chooses (/ 로즈골드, / 블랙): the buyer chose the
// option's, so the title's others are read as the rival values' titles are (optionChosen in
// rivalvalues.go). When the exposed name writes one of the title's colours itself (레드 쿠션, the
// line's name in a colour word), the title's colour is the goods' and all are compared; so
// are they when a title's colour is a word that means something else too (exactOnly: 와인
// 냉장고 is a wine fridge, 민트 a flavour), which the word rule must still see.

// titleColourWritten reports whether ef holds a colour of rf that r writes only in its title, or
// whether r writes such a colour in a word that means something else too: then every colour is
// compared.
func titleColourWritten(rf, ef []fact, r *reading) bool {
	for _, f := range rf {
		if optionWrites(f, r) {
			continue
		}
		if exactOnly[r.name[f.sp.Start:f.sp.End]] {
			return true // 와인 냉장고 / 블랙: a wine fridge, not the line's colour
		}
		for _, g := range ef {
			if g.key == f.key {
				return true
			}
		}
	}
	return false
}
