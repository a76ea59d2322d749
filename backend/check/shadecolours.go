package check

import (
	"strings"
	"unicode/utf8"
)

// A colour is often written as its shade glued to the family it belongs to: 네이비블루, 와인레드,
// 올리브그린, 민트그린, 체리레드, 차콜블랙, 아이보리화이트. The lexicon reads such a word as the
// shade and the family (or a flavour and the family), so against the shade alone (네이비 against 네이비블루, 체리 against
// 체리레드) the family is left over as another colour. The compound names the shade: the family
// read from it, and the shade the other name writes alone, are one colour.

// colourFamilies are the written family colours a shade is glued before.
var colourFamilies = [...]string{"블루", "레드", "그린", "옐로우", "옐로", "핑크", "퍼플", "브라운", "그레이", "오렌지", "베이지", "블랙", "화이트"}

// shadeFamilies leaves out, of the colour facts rx and ex left over on each side, the family read
// from a shade compound of one side whose shade the other side writes, and that shade.
func shadeFamilies(rx, ex []fact, r, e *reading) ([]fact, []fact) {
	ex, rx = shadeFamiliesOf(ex, rx, r)
	rx, ex = shadeFamiliesOf(rx, ex, e)
	return rx, ex
}

// shadeFamiliesOf leaves out of xs the families of shades other writes, and the shades from os.
func shadeFamiliesOf(xs, os []fact, other *reading) ([]fact, []fact) {
	out := xs[:0]
	for _, f := range xs {
		head, ok := shadeHead(f)
		if !ok || !other.writesStem(head) && !other.writesColourKey(head) {
			out = append(out, f)
			continue
		}
		os = dropShade(os, head) // 와인 against 와인레드
	}
	return out, os
}

// shadeHead is the shade a colour fact read from a compound word is glued before, when the fact
// is the compound's family colour (레드 of 와인레드).
func shadeHead(f fact) (string, bool) {
	if len(f.word) <= 6 {
		return "", false
	}
	for _, fam := range colourFamilies {
		head, ok := strings.CutSuffix(f.word, fam)
		if !ok || utf8.RuneCountInString(head) < 2 || familyColour(head) {
			continue // 블루블랙: two families, a colour of its own (blue-black ink), not blue's shade
		}
		if a, ok := lookupListed(fam); ok && a.kind == attrColor && a.value == f.key {
			return head, true
		}
	}
	return "", false
}

// writesColourKey reports whether rd states the colour the word w is listed as.
func (rd *reading) writesColourKey(w string) bool {
	a, ok := lookupListed(w)
	if !ok {
		return false
	}
	for _, f := range rd.attrs {
		if f.kind == attrColor && f.key == a.value {
			return true
		}
	}
	return false
}

// dropShade leaves out the facts of fs read from the word shade or listed as its colour.
func dropShade(fs []fact, shade string) []fact {
	a, listed := lookupListed(shade)
	out := fs[:0]
	for _, f := range fs {
		if f.word != shade && !(listed && f.key == a.value) {
			out = append(out, f)
		}
	}
	return out
}

// familyColour reports whether w is written as one of colourFamilies.
func familyColour(w string) bool {
	for _, fam := range colourFamilies {
		if w == fam {
			return true
		}
	}
	return false
}
