package check

// pairAndTierUnits are units read beside those of tokens.go (unitOf looks here before units):
// pairs written in English (200pair, 10pairs, 6pr) count like 쌍; the steps or tiers of a ladder,
// a shelf or a rack (단, 스텝, 층) are a measure of the goods, not a count of them, so 3단 사다리,
// 1개 is one ladder of three steps; and so are the compartments of a tray, a case or a sheet of
// labels (칸): 5칸 식판 10개 is ten trays of five compartments, not fifty, and 12칸 against 21칸
// still differs as a measure.
var pairAndTierUnits = map[string]unitDef{
	"pair": {dimCount, 1, false, false}, "pairs": {dimCount, 1, false, false}, "pr": {dimCount, 1, false, false},
	"칸": {dimOther, 1, false, false},
	"단": {dimOther, 1, false, false}, "층": {dimOther, 1, false, false}, "스텝": {dimOther, 1, false, false}, "step": {dimOther, 1, false, false}, "steps": {dimOther, 1, false, false},
}

// unitSpellings is the unit a unit written another way is compared as (pairs as pair, 층 as 단,
// micron as μm, tons as 톤, lm as 루멘).
var unitSpellings = map[string]string{"pairs": "pair", "pr": "pair", "스텝": "단", "step": "단", "steps": "단", "층": "단", "mic": "μm", "micron": "μm", "미크론": "μm", "마이크론": "μm", "ton": "톤", "tons": "톤", "kva": "va", "lm": "루멘", "lumen": "루멘", "lumens": "루멘",
	"데니아": denierUnit, "denier": denierUnit, "den": denierUnit,
	"안시": "안시루멘", "ansi": "안시루멘", "ansi루멘": "안시루멘", "ansilm": "안시루멘", "ansilumen": "안시루멘", "ansilumens": "안시루멘"}

// unitOf is the definition of a written unit.
func unitOf(u string) (unitDef, bool) {
	d, ok := allUnits[u]
	return d, ok
}

// allUnits joins units, listingUnits and pairAndTierUnits (which wins), built once.
var allUnits = func() map[string]unitDef {
	m := make(map[string]unitDef, len(units)+len(pairAndTierUnits)+len(listingUnits))
	for u, d := range units {
		m[u] = d
	}
	for u, d := range listingUnits {
		m[u] = d
	}
	for u, d := range pairAndTierUnits {
		m[u] = d
	}
	for u, d := range denierUnits {
		m[u] = d
	}
	return m
}()

// unitSpelling is the spelling a unit is compared as.
func unitSpelling(u string) string {
	if !unitSpellingKeys.may(u) {
		return u
	}
	if s, ok := unitSpellings[u]; ok {
		return s
	}
	return u
}

// pairUnit reports whether a unit counts pairs.
func pairUnit(u string) bool { return pairUnits[u] || u == "pair" }

// unitDim is the dimension of a written unit (dimNone when it is no unit).
func unitDim(u string) dim {
	d, _ := unitOf(u)
	return d.dim
}
