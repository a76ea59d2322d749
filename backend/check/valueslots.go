package check

import "strings"

// A name writes the variant it sold in the place the other name writes its own: between the same
// two words (or a word and a number) both names write. When the catalogue holds a listed value
// there — a skin type, a texture, a cut — that the seller's name does not state, and the seller's
// name holds, in the same place, one word that nothing explains, the two name the variant each
// side sold: 토탈7 스트롱 치약 against 토탈7 센서티브 치약, 스키피 청키 피넛버터 against 스키피 크리미
// 피넛버터, 앞치마 / 허리형 블랙 against 앞치마 롱 블랙. It is the rule of the variant places
// (variantplace.go) read at any place of the names where the words around the two are the same:
// one word put for another, nothing added beside it.
//
// Only the catalogue's value is read: Coupang's catalogue names carry few idle words, so a value
// there names the variant, while a seller's title describes the goods with values (무선 면도기
// against 전기 면도기, 블루투스 이어폰 against 갤럭시 이어폰, 원형 튜브 against 물놀이 튜브). The
// values it reads are the variant place's (placeValue: no colours, package, genuine make, refill
// or installation), and no materials, uses or flavours: a title names the goods' material or use
// as a description (스테인리스 보온병 against 원터치 보온병), and a flavour against a word is most
// often the same flavour in the other language (허니 / 벌꿀). Nor is the seller's word a use in 용
// or an adjective in 한 (describingWord), or the value's own word by its glosses (진주 / 펄).
// Nor is the value whom the goods are for, how they connect or their surface (describingValue):
// a catalogue writes 여성 러닝화, 무선 이어폰 or 무광 텀블러 of every line, and the seller names
// the line (페가수스, 사운드코어, 퀜처) in its place; unlisted words of those kinds (보이즈) are
// left to the lexicon.

// compareValueSlots adds a Warn of the value's kind ("피부 타입 스트롱 ↔ 센서티브") for such a
// value and word. It runs only when nothing else was found: the word rule has canonicalized both
// readings.
func compareValueSlots(r, e *reading, diffs []Difference) []Difference {
	if len(diffs) > 0 || len(r.attrs)+len(e.attrs) == 0 ||
		len(r.toks) > maxWordRuleTokens || len(e.toks) > maxWordRuleTokens {
		return diffs
	}
	a, b := e, r // the catalogue's value, the seller's word
	{
		var bx []fact
		for _, f := range a.attrs {
			if f.kind == attrMaterial || f.kind == attrUse || f.kind == attrFlavor || describingValue(f) || !placeValue(f, a, b) {
				continue
			}
			i := tokenAt(a, f.sp)
			if i < 0 || a.toks[i].sp.End != f.sp.End {
				continue // a value of more than one token, or read inside a word
			}
			p, n := slotNeighbour(a, i, -1), slotNeighbour(a, i, 1)
			if p < 0 || n < 0 || !writesToken(b, &a.toks[p]) || !writesToken(b, &a.toks[n]) {
				continue
			}
			if bx == nil {
				bx = unaccounted(b, a)
			}
			for _, v := range bx {
				j := tokenAt(b, v.sp)
				if j < 0 || !placeWord(v, b, f) || describingWord(v.key) {
					continue
				}
				q, m := slotNeighbour(b, j, -1), slotNeighbour(b, j, 1)
				if q < 0 || m < 0 || !sameToken(&a.toks[p], &b.toks[q]) || !sameToken(&a.toks[n], &b.toks[m]) {
					continue
				}
				if valueGlossed(a, f, b, v) {
					continue // 진주 / 펄: the value's word and the loanword name one thing
				}
				return append(diffs, placeDifference(f, v, false))
			}
		}
	}
	return diffs
}

// describingValue reports whether a catalogue's value f names whom or how the goods are for, or
// their surface, across every line a maker sells — 여성 / 남성 / 아동 (target), 유선 / 무선
// (connect), 무광 / 유광 (a surface's finish) — so that the seller's line or model name in its
// place (페가수스 against 여성 러닝화, 사운드코어 against 무선 이어폰, 퀜처 against 무광 텀블러) is
// no other value of it. Those axes are listed whole; a texture (크리미 against 청키) is not.
func describingValue(f fact) bool {
	return f.kind == attrTarget || f.kind == attrConnect || f.kind == attrFinish && (f.key == "무광" || f.key == "유광")
}

// describingWord reports whether w says what the goods are for or what they are like rather than
// which variant they are: a use in 용 (분류표기용, 캠핑용) or an adjective in 한 (풍성한, 깔끔한).
func describingWord(w string) bool {
	return strings.HasSuffix(w, "용") || strings.HasSuffix(w, "한")
}

// valueGlossed reports whether the word of the value f of a and the word v of b are one thing by
// their glosses or sounds (glossreading.go): 진주 and 펄 are both pearl.
func valueGlossed(a *reading, f fact, b *reading, v fact) bool {
	u := fact{key: a.toks[tokenAt(a, f.sp)].text, word: f.word, text: f.text, sp: f.sp}
	ux, vx := [1]fact{u}, [1]fact{v}
	ga, gb := glossUnexplained(a, b, ux[:], vx[:], ux[:], vx[:])
	return len(ga) == 0 || len(gb) == 0
}

// slotNeighbour is the token next to i in rd in the direction step (-1 before, 1 after), passing
// over breaks, times signs and stop words, or -1 when there is none.
func slotNeighbour(rd *reading, i, step int) int {
	for k := i + step; k >= 0 && k < len(rd.toks); k += step {
		switch t := &rd.toks[k]; {
		case t.kind == tBreak, t.kind == tTimes, t.kind == tWord && t.stop:
		default:
			return k
		}
	}
	return -1
}

// writesToken reports whether rd writes a token of t's kind and text.
func writesToken(rd *reading, t *token) bool {
	for i := range rd.toks {
		if sameToken(&rd.toks[i], t) {
			return true
		}
	}
	return false
}

// sameToken reports whether two tokens are of one kind and one text, words by their compared
// spelling.
func sameToken(a, b *token) bool {
	return a.kind == b.kind && a.text == b.text && a.kind != tBreak
}
