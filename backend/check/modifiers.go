package check

import "strings"

// Model modifiers: a closed class of words a maker writes after a model number or line name to
// name another model of the line (RTX 4060 Ti, 4070 SUPER, AK400 DIGITAL, I/O MAG XL, 1461
// MONO). Written right after a number, code or Latin name that both names write, a modifier the
// other name does not write in any form is another model: the two names differ in the model,
// read as the base with its modifier ("4060 ↔ 4060 Ti"). The product-line words the lexicon
// lists (프로, 맥스, 미니…) are compared as attributes wherever they stand; this class adds the
// ones that only mean a model after a code, where a word such as 슈퍼 or 디지털 elsewhere in a
// name is a description. (Air is left out: 633 에어 서큘레이터 is an air circulator.)
var modelModifiers = map[string]string{
	"ti": "ti", "티아이": "ti",
	"super": "super", "슈퍼": "super",
	"xl": "xl", "xxl": "xxl", "엑스라지": "xl",
	"se":   "se",
	"slim": "slim", "슬림": "slim",
	"neo": "neo", "네오": "neo",
	"prime": "prime", "프라임": "prime",
	"digital": "digital", "디지털": "digital",
	"mono": "mono", "모노": "mono",
	"duo": "duo", "듀오": "duo",
	"turbo": "turbo", "터보": "turbo",
	"evo": "evo", "에보": "evo",
	"gt": "gt", "rs": "rs", "oc": "oc",
}

// compareModifiers reports a model difference when one name writes a model modifier after a
// base both names write and the other name does not write that modifier.
func compareModifiers(r, e *reading, diffs []Difference) []Difference {
	for _, pair := range [2][2]*reading{{r, e}, {e, r}} {
		a, b := pair[0], pair[1]
		for i := 1; i < len(a.toks); i++ {
			t := &a.toks[i]
			if t.kind != tWord && t.kind != tSize || t.attr {
				continue
			}
			mod, ok := modelModifiers[t.text]
			if !ok || b.writesModifier(mod) {
				continue
			}
			base := &a.toks[i-1]
			if !modifierBase(base) || strings.TrimSpace(a.name[base.sp.End:t.sp.Start]) != "" {
				continue
			}
			o := b.writesBase(base)
			if o == nil {
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
		return len(t.text) >= 2 && t.text[0] < 0x80 && !stopWords[t.text]
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
		if modelModifiers[t.text] == mod {
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
