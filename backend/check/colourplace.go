package check

import "strings"

// A catalogue name writes the variant the buyer chose where its title ends — its last word, with
// only numbers and sizes after it (수전 크롬, 1개; 운동화 화이트 250mm, 1개) — or among the option
// values after its first comma (Brio 500 웹캠, 그래파이트, 1개), or in the place where the seller's
// name writes its colour (화이트 초콜릿 쿠키 against 다크 초콜릿 쿠키). A word left over elsewhere
// in its title (200만 화소, UV 젖병소독기, 25th Anniversary 오디오 인터페이스) describes the goods,
// unless the word rule found it standing against a word of the seller's: it is no colour the
// matcher does not know, so it does not make a block again of a colour only the seller's option
// names (onesidedcolour.go).

// wordInColourPlace reports whether one of the words ws left over in the catalogue name e stands
// where e may write a colour the registered name r writes as the colour of diffs.
func wordInColourPlace(r, e *reading, ws []fact, diffs []Difference) bool {
	title := strings.Index(e.name, ", ")
	if title < 0 {
		title = len(e.name)
	}
	for _, w := range ws {
		if w.sp.Start >= title || !wordAfter(e, w.sp.End, title) || pairedWord(w, e, diffs) || colourSlot(r, e, w, diffs) {
			return true
		}
	}
	return false
}

// wordAfter reports whether e has a word token between the byte offsets from and to.
func wordAfter(e *reading, from, to int) bool {
	return nextWord(e, from, to) >= 0
}

// nextWord is the index of e's first word token between the byte offsets from and to, -1 when
// there is none.
func nextWord(e *reading, from, to int) int {
	for i := range e.toks {
		if t := &e.toks[i]; t.kind == tWord && t.sp.Start >= from && t.sp.End <= to {
			return i
		}
	}
	return -1
}

// pairedWord reports whether a word finding of diffs holds the exposed word w.
func pairedWord(w fact, e *reading, diffs []Difference) bool {
	for i := range diffs {
		if diffs[i].Kind != KindWord {
			continue
		}
		for _, sp := range diffs[i].ExposedSpans {
			if sp.Start <= w.sp.Start && w.sp.End <= sp.End {
				return true
			}
		}
	}
	return false
}

// colourSlot reports whether the word w of e comes before the same word as the seller's colour
// in r does (다크 초콜릿 against 화이트 초콜릿).
func colourSlot(r, e *reading, w fact, diffs []Difference) bool {
	i := nextWord(e, w.sp.End, len(e.name))
	if i < 0 {
		return false
	}
	for k := range diffs {
		d := &diffs[k]
		if d.Kind != KindColor || d.Exposed != "" {
			continue
		}
		for _, sp := range d.RegisteredSpans {
			if j := nextWord(r, sp.End, len(r.name)); j >= 0 && r.toks[j].text == e.toks[i].text {
				return true
			}
		}
	}
	return false
}
