package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// The seller writes the variant the buyer chose in the option of the registered name (after
// " / "); the catalogue writes its variant at the end of its title, right before its first comma
// (크록스 지비츠 라이트업 스타, 1개; 쉐이빙젤 수분, 198g), or after that comma (원목 모빌, 별), or
// as the last word of a name without one. When one of these two places holds a listed value —
// a shape, a pattern, a material, a skin type — that the other name does not state at all, and
// the other place holds a word instead that nothing explains, the two words name the variant
// each side sold: 하트 / 스타, 민감성 / 수분, 월넛 / 내추럴, 구름 / 별, 플라워 / 체크. A value on one
// side alone is wording (the attribute rule leaves it), and a leftover word alone is wording too
// (the word rule needs a word on each side), so each rule on its own lets such a pair pass.
//
// Not read: colours (their own rule, with the colour place of the catalogue), the package, the
// genuine make, the refill and who installs the goods (본품, 단품, 정품, 자가설치: a composition
// or a service, not a variant), the plain values (오리지널, 기본), a value written inside a word of
// the other name (원통 / 원통형), a leftover Hangul word of one syllable (청 for 데님: an
// abbreviation more often than a variant), and two words of one head (가는입자 / 고운입자, 갈축 /
// 브라운축: the value said in other words).

// compareVariantPlace adds a Warn of the value's kind ("모양 하트 ↔ 스타") when the seller's option
// holds a listed value the catalogue does not state and the catalogue's variant place holds a
// word nothing explains, or the other way round. It runs only when nothing else was found: the
// word rule has canonicalized both readings.
func compareVariantPlace(r, e *reading, diffs []Difference) []Difference {
	if len(diffs) > 0 || r.optStart >= len(r.name) || len(r.attrs)+len(e.attrs) == 0 ||
		len(r.toks) > maxWordRuleTokens || len(e.toks) > maxWordRuleTokens {
		return diffs
	}
	// the seller's option value against a catalogue word in its variant place
	var ex []fact
	for _, f := range r.attrs {
		if f.sp.Start < r.optStart || !placeValue(f, r, e) {
			continue
		}
		if ex == nil {
			ex = unaccounted(e, r)
		}
		for _, v := range ex {
			if i := tokenAt(e, v.sp); i >= 0 && placeWord(v, e, f) && variantPlace(e, r, i) {
				return append(diffs, placeDifference(f, v, true))
			}
		}
	}
	// the catalogue's value in its variant place against a word of the seller's option
	var rx []fact
	for _, f := range e.attrs {
		if i := tokenAt(e, f.sp); i < 0 || !placeValue(f, e, r) || !variantPlace(e, r, i) {
			continue
		}
		if rx == nil {
			rx = unaccounted(r, e)
		}
		for _, u := range rx {
			if u.sp.Start >= r.optStart && placeWord(u, r, f) {
				return append(diffs, placeDifference(f, u, false))
			}
		}
	}
	return diffs
}

// placeValue reports whether the attribute f of rd is a variant value the other name does not
// state: a word of its own, of a kind other says no value of, not written inside other's words.
func placeValue(f fact, rd, other *reading) bool {
	switch f.kind {
	case attrColor, attrPackage, attrAuth, attrRefill, attrInstall:
		return false
	}
	if f.word == "" || !freeWord(rd.name, f.sp) {
		return false
	}
	if a, ok := lookupListed(f.word); ok && a.plain {
		return false
	}
	for _, g := range other.attrs {
		if g.kind == f.kind {
			return false
		}
	}
	return !strings.Contains(other.name, rd.name[f.sp.Start:f.sp.End])
}

// placeWord reports whether w, a word rd leaves unexplained, stands against the value f: a word
// of its own written once, in f's script, of two syllables or more when Hangul, not ending in
// the syllable f ends in.
func placeWord(w fact, rd *reading, f fact) bool {
	if w.more != nil || !freeWord(rd.name, w.sp) || latinWord(w.key) != latinWord(f.word) {
		return false
	}
	text := rd.name[w.sp.Start:w.sp.End]
	if latinWord(text) {
		return true
	}
	if len(text) < 6 {
		return false
	}
	return len(f.word) < 6 || text[len(text)-3:] != f.word[len(f.word)-3:]
}

// variantPlace reports whether the token at i of the exposed name e stands where the catalogue
// writes its variant: after its first comma, as the last word before it, or as the name's last
// word when it has none; and after a word of the goods' name that the registered name r writes
// too (a one-word title such as 호텔수건 40수 is the goods, not their variant).
func variantPlace(e, r *reading, i int) bool {
	// where the token stands first: a few bytes and tokens to look at, where the words before it
	// are each read against the other name
	if end := strings.IndexByte(e.name, ','); end < 0 || e.toks[i].sp.Start <= end {
		if end < 0 {
			end = len(e.name)
		}
		for k := i + 1; k < len(e.toks) && e.toks[k].sp.Start < end; k++ {
			if e.toks[k].kind == tWord {
				return false
			}
		}
	}
	for k := 0; k < i; k++ {
		if e.toks[k].kind == tWord && accountedToken(&e.toks[k], e, r) {
			return true
		}
	}
	return false
}

// placeDifference is the Warn of the value's kind: f the value, w the word on the other side;
// seller tells whether f is the seller's.
func placeDifference(f, w fact, seller bool) Difference {
	v := fact{text: f.text, sp: f.sp}
	if v.text == "" {
		v.text = f.word
	}
	var d Difference
	if seller {
		d = difference(f.kind, nil, nil, []fact{v}, []fact{w})
	} else {
		d = difference(f.kind, nil, nil, []fact{w}, []fact{v})
	}
	d.Severity = order.Warn
	return d
}
