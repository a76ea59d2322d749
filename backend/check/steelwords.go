package check

// Steel in its loanword. 스틸 (강철, steel) is how a listing writes stainless steel (스틸 텀블러,
// 스테인리스 스틸) as often as painted iron (철제 스틸 선반): read as the material 스틸, it agrees
// with the other name's 스테인리스 or 철, and is still another material than 알루미늄 or 플라스틱.
// 스텐 against 철 still differs.

// steelMaterial is the value 스틸, 강철 and steel are read as (registerspellings.go).
const steelMaterial = "스틸"

// steelMetal reports whether a material fact is one of the metals 스틸 may name.
func steelMetal(f fact) bool { return f.key == "스테인리스" || f.key == "철" }

// broadSteel leaves out of the materials one name has and the other lacks (rx, ex) the 스틸 that
// faces a 스테인리스 or 철 of either name, and the 스테인리스 or 철 that faces a 스틸 the other name
// writes without a metal of its own.
func broadSteel(rx, ex, rf, ef []fact) ([]fact, []fact) {
	if len(rx) == 0 && len(ex) == 0 {
		return rx, ex // nothing to drop: most names' materials agree
	}
	metals := anyFact(rf, steelMetal) || anyFact(ef, steelMetal)
	rSteel, eSteel := anyFact(rf, isSteel), anyFact(ef, isSteel)
	if !metals || !rSteel && !eSteel {
		return rx, ex
	}
	rx = dropFactsIf(rx, func(f fact) bool { return isSteel(f) || eSteel && !anyFact(ef, steelMetal) && steelMetal(f) })
	ex = dropFactsIf(ex, func(f fact) bool { return isSteel(f) || rSteel && !anyFact(rf, steelMetal) && steelMetal(f) })
	return rx, ex
}

func isSteel(f fact) bool { return f.key == steelMaterial }

func anyFact(fs []fact, p func(fact) bool) bool {
	for _, f := range fs {
		if p(f) {
			return true
		}
	}
	return false
}

func dropFactsIf(fs []fact, p func(fact) bool) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !p(f) {
			out = append(out, f)
		}
	}
	return out
}
