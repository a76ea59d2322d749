package check

import "strings"

// 드럼 is a washing machine's drum (드럼 세탁기, 세제 드럼 전용) and also the instrument (전자드럼,
// 드럼 스틱). Bare, not written as 드럼용, it is the washer type only beside a name about washing: two
// names that write no word of laundry (세탁, 세제, 건조기, 유연제) sell a drum, and 전자드럼 가정용
// against 전자드럼 is not a home use against a drum washer's.

// laundryStems are the stems a word about washing clothes contains.
var laundryStems = [...]string{"세탁", "세제", "건조기", "유연제"}

// dropInstrumentDrum forgets rd's use 드럼 read from a word that is not a -용 word when neither
// rd nor other writes a word about washing.
func (rd *reading) dropInstrumentDrum(other *reading) {
	if !rd.holds(attrUse) {
		return // none to read (attrkinds.go)
	}
	drum := -1
	for i := range rd.attrs {
		if a := &rd.attrs[i]; a.kind == attrUse && a.key == "드럼용" && !strings.HasSuffix(a.word, "용") {
			drum = i
			break
		}
	}
	if drum < 0 {
		return
	}
	if !writesLaundry(rd) && !writesLaundry(other) {
		rd.attrs = append(rd.attrs[:drum], rd.attrs[drum+1:]...)
	}
}

// writesLaundry reports whether a word of rd is about washing clothes.
func writesLaundry(rd *reading) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord {
			for _, s := range laundryStems {
				if strings.Contains(t.text, s) {
					return true
				}
			}
		}
	}
	return false
}
