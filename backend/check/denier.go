package check

import "strings"

// Stockings and yarns give their thickness in denier, written 데니어, 데니아, denier or den, and as
// often as a bare D after the number (팬티스타킹 40D). The units are one unit (unitSpellings);
// a number with a D in a name whose other name writes denier is read as denier too, so 20데니아
// against 40D is another thickness and 20데니아 against 20D the same.
var denierUnits = map[string]unitDef{
	"데니어": {dimOther, 1, false, false}, "데니아": {dimOther, 1, false, false},
	"denier": {dimOther, 1, false, false}, "den": {dimOther, 1, false, false},
}

// denierUnit is the spelling denier is compared as.
const denierUnit = "데니어"

// minDenier is the thinnest denier read from a number and D: 2D, 3D and 4D are dimensions (3D
// 입체 스타킹), and no stocking or yarn is sold thinner than 5 denier.
const minDenier = 5

// denierCodes appends the numbers of rd written as a number and a D (40D), read as denier. A
// number and D the other name writes too (the 3D of 3D 패턴) is the same word on both sides, not a
// thickness only rd gives.
func denierCodes(fs []fact, rd, other *reading) []fact {
	for _, m := range rd.models {
		key := strings.ToLower(strings.TrimSpace(m.key))
		if len(key) < 2 || key[len(key)-1] != 'd' || writesModelKey(other, key) {
			continue
		}
		v, ok := wholeNumber(key[:len(key)-1])
		if !ok || v < minDenier {
			continue
		}
		fs = addNumber(fs, v, rd.name, m.sp)
	}
	return fs
}

// writesModelKey reports whether rd writes a model code whose key, lower-cased, is key.
func writesModelKey(rd *reading, key string) bool {
	for _, m := range rd.models {
		if strings.EqualFold(strings.TrimSpace(m.key), key) {
			return true
		}
	}
	return false
}

// compareDenier compares the denier one name writes as a unit with the number and D the other
// writes (compareOther compares denier written as a unit on both sides).
func compareDenier(r, e *reading, diffs []Difference) []Difference {
	var rb, eb [2]fact
	rf, ef := otherFacts(rb[:0], r, denierUnit), otherFacts(eb[:0], e, denierUnit)
	switch {
	case len(rf) > 0 && len(ef) == 0:
		ef = denierCodes(ef, e, r)
	case len(ef) > 0 && len(rf) == 0:
		rf = denierCodes(rf, r, e)
	default:
		return diffs
	}
	if len(rf) == 0 || len(ef) == 0 {
		return diffs
	}
	var rxb, exb [2]fact // set up only for the few names that write denier
	rx, ex := extrasTo(rxb[:0], rf, ef), extrasTo(exb[:0], ef, rf)
	if len(rx) > 0 || len(ex) > 0 {
		diffs = append(diffs, difference(KindUnit, rf, ef, rx, ex))
	}
	return diffs
}
