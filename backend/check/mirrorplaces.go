package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// Korean listings write a variant word before the goods' noun as often as after it: 곰곰 국산
// 깐마늘 against 곰곰 다진마늘 국산, 보국 전기요 싱글 against 보국 싱글 온수매트. The word rule pairs two
// left-over words only in one gap of the names' alignment (slotPairs), so a variant written on
// the other side of a word both names share passes. Words standing apart are descriptions far
// more often than variants (round 38: 38 catches for 721 false alarms when paired anywhere), so a
// pair is read as two variants only when both its place and its form say so:
//
//   - the place is mirrored: one word right after a word both names write, the other right before
//     the same word (깐마늘 국산 / 국산 … 다진마늘 reversed: 국산 깐마늘 against 다진마늘 국산);
//   - the two words are rivals by form: two Hangul words ending in one syllable (one head, two
//     modifiers: 깐마늘 / 다진마늘, 양면 / 단면, 전동 / 수동) or two goods nouns the vocabulary
//     knows (전기요 / 온수매트, 리시버 / 트랜스미터); not two uses (감시용 / 녹화기용 describe
//     one goods, round 39), not a word the name says the goods fit (HUD 공용, 아이폰 호환).
//
// A model code both names write says which product it is (slotPairs' pinned): then the title's
// words are descriptions and no such pair is read.

// mirroredVariant is the word rule's finding (⚠) for the left-over words rx (of r) and ex (of e)
// that slotPairs paired in no gap: those in mirrored places that are rivals by form, less those
// the glosses explain as one concept in two languages (glossUnexplained).
func mirroredVariant(r, e *reading, rx, ex []fact, pinned bool) (Difference, bool) {
	mr, me := mirroredRivals(r, e, rx, ex, pinned)
	if len(mr) == 0 {
		return Difference{}, false
	}
	if gr, ge := glossUnexplained(r, e, mr, me, rx, ex); len(gr) < len(mr) || len(ge) < len(me) {
		if mr, me = mirroredRivals(r, e, gr, ge, pinned); len(mr) == 0 {
			return Difference{}, false
		}
	}
	d := difference(KindWord, nil, nil, mr, me)
	d.Severity = order.Warn
	return d, true
}

// mirroredRivals returns the left-over words of r (rx) and of e (ex) that stand in mirrored
// places and are rivals by form.
func mirroredRivals(r, e *reading, rx, ex []fact, pinned bool) ([]fact, []fact) {
	if pinned {
		return nil, nil
	}
	var rg, eg [maxAlign]int8
	aligned := false
	var rk, ek []fact
	for _, u := range rx {
		paired := false
		for _, v := range ex {
			if !rivalWords(u, v) || sameCompound(u, v) || sameStemFacts(u, v) || inflectedFacts(u, v) {
				continue
			}
			if !aligned {
				if !alignGaps(r, e, rg[:], eg[:]) {
					return nil, nil
				}
				aligned = true
			}
			if !mirroredPlace(r, e, rg[:], eg[:], u, v) {
				continue
			}
			ek = addOnce(ek, v)
			paired = true
		}
		if paired {
			rk = append(rk, u)
		}
	}
	return rk, ek
}

// rivalWords reports whether two different Hangul words are rivals by form: one head with two
// modifiers, or two goods nouns of the vocabulary; neither a use word (X용).
func rivalWords(u, v fact) bool {
	if u.key == v.key || latinWord(u.key) || latinWord(v.key) || strings.HasSuffix(u.key, "용") || strings.HasSuffix(v.key, "용") {
		return false
	}
	return endsInOneSyllable(u.key, v.key) || knownGoods(u.key) && knownGoods(v.key)
}

// fitsWords follow a word that names what the goods fit or are shared with (HUD 공용, 아이폰 호환,
// 12V 겸용), not the goods.
var fitsWords = [...]string{"공용", "겸용", "호환"}

// mirroredPlace reports whether u (of r) stands right after a word both names write and v (of e)
// right before the same word, or the other way round. g are the gaps alignGaps numbered: -1 for
// a word the alignment pairs.
func mirroredPlace(r, e *reading, rg, eg []int8, u, v fact) bool {
	for _, su := range factSpans(u) {
		iu := tokenAt(r, su)
		if iu < 0 || beforeFitsWord(r, iu) {
			return false
		}
		for _, sv := range factSpans(v) {
			iv := tokenAt(e, sv)
			if iv < 0 || beforeFitsWord(e, iv) {
				return false
			}
			for _, dir := range [2]int{1, -1} {
				a := alignedNeighbour(r, iu, dir)
				b := alignedNeighbour(e, iv, -dir)
				if a >= 0 && b >= 0 && rg[a] == -1 && eg[b] == -1 && writtenAlike(&r.toks[a], &e.toks[b]) {
					return true
				}
			}
		}
	}
	return false
}

// alignedNeighbour is the index of the next (dir 1) or previous (dir -1) token of rd after i
// that takes part in the alignment, or -1.
func alignedNeighbour(rd *reading, i, dir int) int {
	for k := i + dir; k >= 0 && k < len(rd.toks); k += dir {
		if alignable(&rd.toks[k]) {
			return k
		}
	}
	return -1
}

// beforeFitsWord reports whether the token i of rd is followed by a word of fitsWords.
func beforeFitsWord(rd *reading, i int) bool {
	if i+1 >= len(rd.toks) || rd.toks[i+1].kind != tWord {
		return false
	}
	for _, w := range fitsWords {
		if rd.toks[i+1].text == w {
			return true
		}
	}
	return false
}
