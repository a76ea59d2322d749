package check

// A metal in the name of goods counted in doses is a nutrient, not what the goods are made of:
// 아연 of 뉴트리코어 비오틴 아연 60정 is zinc taken as a supplement, not the galvanized coating the
// lexicon reads in 아연 볼트. The material reading is left out of such a name, so the word is
// compared as a word, as any other ingredient of a supplement is (비오틴 실리카 against 비오틴 아연).

// doseUnits are the units a supplement is counted in.
var doseUnits = map[string]bool{"정": true, "캡슐": true, "알": true, "포": true, "소프트젤": true, "베지캡": true, "베지캡슐": true}

// dropDoseMetals leaves out the material read from a whole-word metal (exactOnlyMetals) when rd
// counts its goods in doses.
func (rd *reading) dropDoseMetals() {
	if !rd.holds(attrMaterial) {
		return // none to read (attrkinds.go)
	}
	metal := false
	for i := range rd.attrs {
		if a := &rd.attrs[i]; a.kind == attrMaterial && exactOnlyMetals[a.word] {
			metal = true
			break
		}
	}
	if !metal || !rd.countsDoses() {
		return
	}
	out := rd.attrs[:0]
	for _, a := range rd.attrs {
		if a.kind == attrMaterial && exactOnlyMetals[a.word] {
			if i := tokenAt(rd, a.sp); i >= 0 {
				rd.toks[i].attr = false
			}
			continue
		}
		out = append(out, a)
	}
	rd.attrs = out
}

// countsDoses reports whether rd writes a count in a supplement's dose unit (60정, 120캡슐).
func (rd *reading) countsDoses() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && doseUnits[t.unit] {
			return true
		}
	}
	return false
}
