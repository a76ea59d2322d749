package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// The standard type against a choice. A name the buyer saw that writes the standard type (일반형,
// 기본형) names the plain model; a word of the seller's registered name that it leaves
// unexplained (마그네틱, 경보기 내장, 암막) names another model, and the plain one is not it (수평계 /
// 마그네틱 450mm against 수평계 일반형 450mm). compareStandardType reads the same against a type
// word (연결형); this reads it against the registered name's other words, with three exceptions:
// the registered name that says plain itself (기본, 일반), a word naming the goods as sold
// (본체, 단품: every model has one), and a word of use or purpose in the product name (주방용,
// 도난방지), which describes what every model is for.

// plainWords are the registered name's words that say the plain model without 형 (기본, 일반)
// or name the goods as sold, not a model of them.
var plainWords = map[string]bool{
	"기본": true, "일반": true, "표준": true, "스탠다드": true, "standard": true, "베이직": true, "basic": true,
	"노멀": true, "노말": true, "normal": true, "보통": true, "기본구성": true,
	"본체": true, "본품": true, "단품": true, "본체만": true, "완제품": true, "정품": true, "낱개": true,
}

// purposeEnds end the words of use or purpose a product name describes every model with.
var purposeEnds = [...]string{"용", "방지", "보호", "차단", "예방"}

// compareStandardChoice reports a variety difference (Warn) when the exposed name writes the
// standard type, the registered name does not, and the registered name leaves a word of another
// model unexplained, while nothing else differs.
func compareStandardChoice(r, e *reading, diffs []Difference) []Difference {
	if len(diffs) > 0 || !(e.says.mayWrite(&sigType) && strings.Contains(e.name, "형")) {
		return diffs // every word of the standard type ends in 형
	}
	s := e.standardType()
	if s < 0 || r.standardType() >= 0 || r.writesPlainWord() {
		return diffs
	}
	for _, f := range unaccounted(r, e) {
		if plainWords[f.key] || plainWords[f.word] || !r.inOption(f) && purposeWord(f.key) {
			continue
		}
		rf := fact{text: f.text, sp: f.sp}
		ef := fact{text: e.name[e.toks[s].sp.Start:e.toks[s].sp.End], sp: e.toks[s].sp}
		d := difference(KindVariety, nil, nil, []fact{rf}, []fact{ef})
		d.Severity = order.Warn
		return append(diffs, d)
	}
	return diffs
}

// writesPlainWord reports whether rd writes a word of plainWords that says the plain model.
func (rd *reading) writesPlainWord() bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord && t.kind != tSize {
			continue
		}
		for _, w := range [...]string{t.text, t.raw} {
			if w != "" && plainWords[w] && !asSold[w] {
				return true
			}
		}
	}
	return false
}

// asSold are the words of plainWords that name the goods as sold, not the plain model.
var asSold = map[string]bool{"본체": true, "본품": true, "단품": true, "본체만": true, "완제품": true, "정품": true, "낱개": true}

// inOption reports whether f is written in rd's option (after " / ") at one of its places.
func (rd *reading) inOption(f fact) bool {
	if rd.optStart <= 0 {
		return false
	}
	for _, sp := range factSpans(f) {
		if sp.Start >= rd.optStart {
			return true
		}
	}
	return false
}

// purposeWord reports whether a Hangul word of two syllables or more ends in a word of use or
// purpose (주방용, 도난방지).
func purposeWord(w string) bool {
	if latinWord(w) || runeCount(w) < 2 {
		return false
	}
	for _, end := range purposeEnds {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
