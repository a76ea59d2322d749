package check

import "strings"

// 향 is incense as well as a scent. In a name of incense goods (인센스, 선향, 향꽂이, or 향 written
// as a word of its own) a word X향 names a kind of incense by its use, its origin, its form or its
// wood (제사향, 인도향, 불교 향, 선향, 침향), and only some of those are scents. A scent difference
// whose every differing value is such a word, read from its ending 향 with a stem the lexicon does
// not list, is uncertain: it asks for a look (⚠) instead of holding the box. A listed scent
// (라벤더, 로즈) still holds it.

// incenseWords name incense goods.
var incenseWords = [...]string{"인센스", "선향", "향꽂이", "향"}

// incenseKinds reports whether every value of rx and ex is a scent read from an unlisted stem and
// r or e names incense goods.
func incenseKinds(rx, ex []fact, r, e *reading) bool {
	if len(rx)+len(ex) == 0 || !unlistedScents(rx) || !unlistedScents(ex) {
		return false
	}
	return r.namesIncense() || e.namesIncense()
}

// unlistedScents reports whether no fact of fs is a scent or a flavour the lexicon lists.
func unlistedScents(fs []fact) bool {
	for _, f := range fs {
		if a, ok := lookupListed(f.key); f.key == "" || ok && (a.kind == attrScent || a.kind == attrFlavor) {
			return false
		}
	}
	return true
}

// namesIncense reports whether rd writes a word that names incense goods (인센스스틱 too).
func (rd *reading) namesIncense() bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		for _, w := range incenseWords {
			if t.text == w || len(w) > 3 && strings.HasPrefix(t.text, w) {
				return true
			}
		}
	}
	return false
}
