package check

import "strings"

// A seller's long title carries search words the catalogue does not write (자동차 실내 인테리어
// 튜닝, 작업용 현장), so the word rule finds words left over on the seller's side; the catalogue's
// one word left over against them is then often its own form of a word the seller wrote
// elsewhere in the name, which the word rule's pairing of left-over words (sameStemFacts) never
// reads because that word of the seller is accounted for. A word left over is therefore
// accounted for when one of the matcher's own readings makes it one with ANY word of the other
// name: the same thing to the vocabulary (애완견 / 반려견), the same use (차량용 / 차량), or a type
// or use word whose stem is the other word whole or the same thing (장갑형 / 장갑, 가루형 / 분말).
// The stem must be the whole word: a word it only begins (식탁용 / 식탁김, 바퀴형 / 바퀴없음) is
// another thing, and reading it so lost two catches (testdata/check/round37_results.md).

// alikeInName reports whether the word t is one with a word of other by those readings. Each
// word is read once (readThing): the rule reads every word left over against every word of the
// other name.
func alikeInName(t *token, other *reading) bool {
	var own [2]wordReading
	n := 0
	for _, w := range [2]string{t.text, t.raw} {
		if w != "" && (n == 0 || w != own[0].w) {
			readWordForAlike(&own[n], w, t)
			n++
		}
	}
	var b wordReading
	for i := range other.toks {
		o := &other.toks[i]
		if o.kind != tWord {
			continue
		}
		for j, v := range [2]string{o.text, o.raw} {
			if v == "" || j == 1 && v == o.text {
				continue
			}
			readWordForAlike(&b, v, o)
			for k := 0; k < n; k++ {
				if wholeAlike(&own[k], &b) {
					return true
				}
			}
		}
	}
	return false
}

// wordReading is a word as wholeAlike reads it: the word, and its stem when it is a type or use
// word (X형, X용) with a Korean stem of two syllables or more.
type wordReading struct {
	thingOf
	stem  thingOf
	typed bool
}

// readWordForAlike reads w, the word of t, into r (in place: a reading is large).
func readWordForAlike(r *wordReading, w string, t *token) {
	r.thingOf, r.typed = readTokenThing(w, t), false
	// 형 and 용 end in the bytes 0x95 and 0xA9: most words end in neither
	if n := len(w); n < 9 || w[n-1] != 0x95 && w[n-1] != 0xA9 {
		return
	}
	for _, m := range [...]string{"형", "용"} {
		if stem, ok := strings.CutSuffix(w, m); ok && len(stem) >= 6 && !latinWord(stem) {
			r.stem, r.typed = readThing(stem), true
			break
		}
	}
}

// wholeAlike reports whether a and b are one thing, one use, or a type or use word and its
// whole stem (or the same thing as its stem).
func wholeAlike(a, b *wordReading) bool {
	return sameThingOf(&a.thingOf, &b.thingOf) || sameUse(a.w, b.w) ||
		a.typed && sameThingOf(&a.stem, &b.thingOf) || b.typed && sameThingOf(&b.stem, &a.thingOf)
}
