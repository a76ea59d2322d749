package check

import "strings"

// A model code may end in a line word written in Latin letters (CTR-5700PLUS) that the other
// name writes apart in Hangul (CTR-5700 플러스): the same code and the same line word, once read
// apart on both sides.

// splitVariantSuffix reads each of rd's codes that ends, after a digit, in the Latin spelling of a
// listed variant word as the code before it and that variant, when other writes both: the code
// and the variant word.
func (rd *reading) splitVariantSuffix(other *reading) {
	if !other.holds(attrVariant) {
		return // none to read (attrkinds.go)
	}
	for i := range rd.models {
		m := &rd.models[i]
		for k := range other.attrs {
			v := &other.attrs[k]
			if v.kind != attrVariant || rd.hasAttr(attrVariant, v.key) {
				continue
			}
			for _, s := range variantSpellings[v.key] {
				base, ok := strings.CutSuffix(m.key, s)
				if !ok || base == "" || !isDigit(base[len(base)-1]) || !other.explainsCode(base) {
					continue
				}
				m.key = base
				rd.appendAttr(fact{kind: attrVariant, key: v.key, word: s, text: m.text, sp: m.sp})
				return
			}
		}
	}
}

// hasAttr reports whether rd reads the attribute kind with the value key.
func (rd *reading) hasAttr(kind, key string) bool {
	for i := range rd.attrs {
		if rd.attrs[i].kind == kind && rd.attrs[i].key == key {
			return true
		}
	}
	return false
}

// variantSpellings are the Latin spellings of each listed variant word of three letters or more
// (플러스: plus), built once at init.
var variantSpellings = func() map[string][]string {
	m := make(map[string][]string)
	for w, a := range lexicon {
		if a.kind == attrVariant && len(w) >= 3 && w[0] < 0x80 && isLatinLetters(w) {
			m[a.value] = append(m[a.value], w)
		}
	}
	return m
}()

// isLatinLetters reports whether w is written in lower-case Latin letters only.
func isLatinLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
