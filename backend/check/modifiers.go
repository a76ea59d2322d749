package check

import "strings"

// Model modifiers: a closed class of words a maker writes after a model number or line name to
// name another model of the line (RTX 4060 Ti, 4070 SUPER, AK400 DIGITAL, I/O MAG XL, 1461
// MONO). Written right after a number, code or Latin name that both names write, a modifier the
// other name does not write in any form is another model: the two names differ in the model,
// read as the base with its modifier ("4060 ↔ 4060 Ti"). The product-line words the lexicon
// lists (프로, 맥스, 미니…) are compared as attributes wherever they stand; this class adds the
// ones that only mean a model after a code, where a word such as 슈퍼 or 디지털 elsewhere in a
// name is a description. (Air is read in Latin letters only: 633 에어 서큘레이터 is an air
// circulator, T50 AIR a model.)
var modelModifiers = map[string]string{
	"ti": "ti", "티아이": "ti",
	"super": "super", "슈퍼": "super",
	"xl": "xl", "xxl": "xxl", "엑스라지": "xl",
	"se":   "se",
	"air":  "air",
	"slim": "slim",
	"neo":  "neo", "네오": "neo",
	"prime": "prime", "프라임": "prime",
	"digital": "digital",
	"mono":    "mono", "모노": "mono",
	"duo": "duo", "듀오": "duo",
	"turbo": "turbo", "터보": "turbo",
	"evo": "evo", "에보": "evo",
	"gt": "gt", "rs": "rs", "oc": "oc",
	"silent": "silent", "사일런트": "silent",
	"go": "go", "edge": "edge", "엣지": "edge",
}

// modifierSpellings are other spellings of a modifier that explain it when the other name
// writes them but do not start a model on their own: in Hangul they are as often adjectives of
// the noun after them (에어 서큘레이터, 디지털 도어락, 슬림 지갑).
var modifierSpellings = map[string]string{"에어": "air", "디지털": "digital", "슬림": "slim"}

// compareModifiers reports a model difference when one name writes a model modifier after a
// base both names write and the other name does not write that modifier.
func compareModifiers(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := 1; i < len(a.toks); i++ {
			t, base := &a.toks[i], &a.toks[i-1]
			if t.kind != tWord && t.kind != tSize || t.attr || len(t.text) > 12 || !modifierBase(base) {
				continue
			}
			mod, ok := modelModifiers[t.text]
			if !ok || b.writesModifier(mod) || strings.TrimSpace(a.name[base.sp.End:t.sp.Start]) != "" {
				continue
			}
			o := b.writesBase(base)
			if o == nil || b.respellsAfter(o, t.text) {
				continue
			}
			af := fact{text: a.name[base.sp.Start:t.sp.End], sp: Span{base.sp.Start, t.sp.End}}
			bf := fact{text: b.name[o.sp.Start:o.sp.End], sp: o.sp}
			if a == e {
				af, bf = bf, af
			}
			return append(diffs, difference(KindModel, nil, nil, []fact{af}, []fact{bf}))
		}
	}
	return diffs
}

// modifierBase reports whether t can carry a model modifier: a number, a code, or a Latin word
// of two letters or more.
func modifierBase(t *token) bool {
	switch t.kind {
	case tNumber:
		return t.value >= 0
	case tModel:
		return true
	case tWord:
		return len(t.text) >= 2 && t.text[0] < 0x80 && !inSet(stopWordKeys, stopWords, t.text)
	}
	return false
}

// writesBase is the token of rd that writes the base token t (the same number, code or word),
// or nil.
func (rd *reading) writesBase(t *token) *token {
	key := t.text
	if t.kind == tModel {
		key = codeKey(t.text)
	}
	for i := range rd.toks {
		o := &rd.toks[i]
		switch {
		case o.kind != t.kind && !(t.kind == tModel && o.kind == tWord):
		case o.kind == tModel && codeKey(o.text) == key, o.text == key:
			return o
		}
	}
	return nil
}

// writesModifier reports whether rd writes the modifier mod in any of its spellings, alone or at
// the end or the start of a code or word (4060ti, evo3).
func (rd *reading) writesModifier(mod string) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord && t.kind != tSize && t.kind != tModel {
			continue
		}
		if modelModifiers[t.text] == mod || modifierSpellings[t.text] == mod {
			return true
		}
		for w, m := range modelModifiers {
			if m == mod && len(t.text) > len(w) && (strings.HasSuffix(t.text, w) || strings.HasPrefix(t.text, w) && !isLetterByte(t.text[len(w)])) {
				return true
			}
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' }

// Generations: a small number written right after a name both names write (팔마2, 꽃갈피 둘,
// Classic II) numbers the generation or the volume of that product; when the other name writes
// that name without the number, and the number nowhere, they are two products.
// A number above maxGeneration is more often a code of the line (인도어 27), and a number after a
// name's first word is more often a year model after the brand (시마노 23 스트라딕).
const maxGeneration = 9

// romanNumerals and nativeNumerals are the other ways a generation is written.
var romanNumerals = map[string]float64{"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9}

var nativeNumerals = map[string]float64{"둘": 2, "셋": 3, "넷": 4, "다섯": 5}

// compareGenerations reports a model difference when one name writes a generation after a name
// both write and the other does not write that number in any form.
func compareGenerations(r, e *reading, diffs []Difference) []Difference {
	if neither(r, e, gateGeneration) {
		return diffs
	}
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := 2; i < len(a.toks); i++ {
			if k := a.toks[i].kind; k != tNumber && (k != tWord || len(a.toks[i].text) > 6) {
				continue // only numbers and short numeral words are generations
			}
			n, ok := generationOf(&a.toks[i])
			if !ok || !a.bareNumber(&a.toks[i]) || inOneAt(a.toks, i) || partCountInList(a.toks, i) || rangeStart(a, i) { // 3~5세 (generationranges.go)
				continue
			}
			w := &a.toks[i-1]
			if w.kind != tWord || w.attr && !a.lineValue(w) || w.stop || len(w.text) < 2 || strings.TrimSpace(a.name[w.sp.End:a.toks[i].sp.Start]) != "" {
				continue
			}
			if _, native := nativeNumerals[a.toks[i].text]; native && w.sp.End == a.toks[i].sp.Start {
				continue // 둘 glued to a word is a syllable of it
			}
			o := b.wordToken(w.text)
			if o == nil || b.writesGeneration(n) || b.writesVolume(n) { // 나루토 1 against 나루토 / 1권 (volumecounts.go)
				continue
			}
			if fitsOtherGeneration(a, b, i, w, n) {
				continue // 미밴드9 … 미밴드8 호환 against 미밴드9 (fitsgenerations.go)
			}
			af := fact{text: a.name[w.sp.Start:a.toks[i].sp.End], sp: Span{w.sp.Start, a.toks[i].sp.End}}
			bf := fact{text: b.name[o.sp.Start:o.sp.End], sp: o.sp}
			if a == e {
				af, bf = bf, af
			}
			return append(diffs, difference(KindModel, nil, nil, []fact{af}, []fact{bf}))
		}
	}
	return diffs
}

// generationOf reads t as a generation number: a bare whole number from 1 to maxGeneration, a
// Roman numeral or a native Korean numeral.
func generationOf(t *token) (float64, bool) {
	switch t.kind {
	case tNumber:
		return t.num, t.value >= 1 && t.num <= maxGeneration && t.num == float64(int(t.num)) && (!strings.Contains(t.text, ".") || pointZeroGeneration(t.text)) && t.text[0] != '0' // 002 is a code
	case tWord:
		if !numeralKeys.may(t.text) {
			return 0, false
		}
		if n, ok := romanNumerals[t.text]; ok {
			return n, true
		}
		n, ok := nativeNumerals[t.text]
		return n, ok
	}
	return 0, false
}

// bareNumber reports whether t is a number of rd that is not read as a count or a measure (or a
// numeral word).
func (rd *reading) bareNumber(t *token) bool {
	if t.kind != tNumber {
		return true
	}
	for i := range rd.numbers {
		if rd.numbers[i].sp == t.sp {
			return true
		}
	}
	return false
}

// writesGeneration reports whether rd writes the number n in any form: as a number, in a code, as
// a Roman or native numeral.
func (rd *reading) writesGeneration(n float64) bool {
	if rd.writes(n) {
		return true
	}
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (romanNumerals[t.text] == n || nativeNumerals[t.text] == n) {
			return true
		}
	}
	return false
}

// versionFamily is the family of a version code (v of v2, mk of mk4, gen of gen2, ver of ver3),
// or "" when key is not one: letters of that family, then a number.
func versionFamily(key string) string {
	n := letterPrefix(key)
	switch key[:n] {
	case "v", "mk", "gen", "ver":
	default:
		return ""
	}
	if n == len(key) || !isAllDigits(key[n:]) {
		return ""
	}
	return key[:n]
}

// compareVersions reports a model difference when one name writes a version code (V2, MK4,
// Gen2) and the other writes no version of that family: the version names the model (Clash 100
// V2 is not the first Clash 100). Two versions of one family are compared by the model rule.
func compareVersions(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for _, m := range a.models {
			fam := versionFamily(m.key)
			if fam == "" || b.explainsCode(m.key) || b.hasVersion(fam) || b.writesGenerationUnit(leadingNumber(m.key[len(fam):])) {
				continue
			}
			d := Difference{Kind: KindModel}
			if a == r {
				d.Registered, d.RegisteredSpans = joinFacts([]fact{m})
			} else {
				d.Exposed, d.ExposedSpans = joinFacts([]fact{m})
			}
			return append(diffs, d)
		}
	}
	return diffs
}

// writesGenerationUnit reports whether rd writes n as a generation in Korean (2세대 for Gen2).
func (rd *reading) writesGenerationUnit(n float64) bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimOther && t.unit == "세대" && same(t.num, n) {
			return true
		}
	}
	return false
}

// hasVersion reports whether rd writes a version code of the family fam, alone or glued to a
// code (PRO V1, 프로V1).
func (rd *reading) hasVersion(fam string) bool {
	for _, m := range rd.models {
		if versionFamily(m.key) == fam || strings.Contains(m.key, fam) && versionFamily(m.key[strings.LastIndex(m.key, fam):]) == fam {
			return true
		}
	}
	return false
}

// compareLetterEndings: a single Latin letter glued to the end of a Hangul word (비타민C, 오메가D)
// names which one of a kind the goods are, as a code's letter ending does: two names that glue
// different letters to one word differ (비타민C / 비타민D). Written apart (크롬소프트 X) a letter
// is as often a size or a grade and is left to the other rules.
func compareLetterEndings(r, e *reading, diffs []Difference) []Difference {
	for i := 0; i+1 < len(r.toks); i++ {
		w, l := &r.toks[i], &r.toks[i+1]
		if !gluedLetter(w, l) {
			continue
		}
		for j := 0; j+1 < len(e.toks); j++ {
			v, m := &e.toks[j], &e.toks[j+1]
			if gluedLetter(v, m) && v.text == w.text && m.text != l.text && !writesGluedLetter(e, w.text, l.text) && !writesGluedLetter(r, v.text, m.text) {
				rsp, esp := Span{w.sp.Start, l.sp.End}, Span{v.sp.Start, m.sp.End}
				return append(diffs, Difference{Kind: KindModel, Registered: r.name[rsp.Start:rsp.End], Exposed: e.name[esp.Start:esp.End],
					RegisteredSpans: []Span{rsp}, ExposedSpans: []Span{esp}})
			}
		}
	}
	return diffs
}

// writesGluedLetter reports whether rd glues the letter l to the word w somewhere (비타민C 비타민D
// names both letters: the other name's 비타민D is no other one of the kind).
func writesGluedLetter(rd *reading, w, l string) bool {
	for j := 0; j+1 < len(rd.toks); j++ {
		if v, m := &rd.toks[j], &rd.toks[j+1]; gluedLetter(v, m) && v.text == w && m.text == l {
			return true
		}
	}
	return false
}

// gluedLetter reports whether l is one Latin letter written right after the Hangul word w.
func gluedLetter(w, l *token) bool {
	return w.kind == tWord && l.kind == tWord && len(l.text) == 1 && l.text[0] >= 'a' && l.text[0] <= 'z' &&
		w.text != "" && w.text[0] >= 0x80 && adjacent(w, l)
}
