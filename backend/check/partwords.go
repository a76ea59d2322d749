package check

import "strings"

// addsPart reports whether rd, too, sells the goods with a part added: it joins a word to the
// goods with a plus (본품 + 진공롤 2롤, 64GB + GPS, 2 TX + 1 RX) or writes a word with 포함 after it
// (랜야드 포함; not a charge of the sale such as 부가세 포함, aloneincluded.go, nor a service done
// to the goods such as 각인 포함). Against such a name a part the other name joins with a plus
// and this one does not account for is the same composition with the part named by another word
// (넥스트랩 / 랜야드, 리시버 / RX, GPS안테나 / GPS): a word to look at, not a part missing. A plus between numbers only (1+1, 2+1) is a
// count, and a plus inside a Latin name (BLACK+DECKER) a name, not a part.
func (rd *reading) addsPart() bool {
	for i := range rd.toks {
		switch t := &rd.toks[i]; {
		case t.kind == tPlus:
			if i > 0 && i+1 < len(rd.toks) && numeric(&rd.toks[i-1]) && numeric(&rd.toks[i+1]) || namePlus(rd.toks, i) {
				continue // 1+1: a count; BLACK+DECKER: a name (latinplus.go)
			}
			for k := i + 1; k < len(rd.toks) && k <= i+3; k++ {
				u := &rd.toks[k]
				if u.kind == tBreak || u.kind == tPlus {
					break
				}
				if u.kind == tWord && !u.stop && !saleService(u.text) || u.kind == tModel {
					return true
				}
			}
		case t.kind == tWord && t.text == "포함" && i > 0:
			if p := &rd.toks[i-1]; p.kind == tWord && !p.attr && !p.stop && !saleCharge(p.text) && !saleService(p.text) {
				return true
			}
		}
	}
	return false
}

// numeric reports whether t is a number, with or without a unit.
func numeric(t *token) bool { return t.kind == tNumber || t.kind == tMeasure }

// saleService reports whether w is a service done to the goods before they ship (각인 포함: the
// engraving, 조립 포함: the assembly), which the price covers and no part of the box adds.
func saleService(w string) bool {
	for _, s := range [...]string{"각인", "자수", "조립", "인쇄", "레터링"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
