package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// Food and farm goods are sold in preparation states that make different goods: raw against
// boiled (생새우 / 자숙새우), dried against boiled (건시래기 / 삶은시래기), whole against peeled or
// minced (통마늘 / 깐마늘 / 다진마늘), plain against seasoned (생김 / 조미김), fresh against pickled
// (생배추 / 절임배추). Listings write the state as a word before the goods (삶은 시래기), glued
// before them (건시래기, 깐흑마늘), or, for a few forms, glued after them (마늘분말, 배추절임).
// The vocabulary below was written from how Korean listings name these states, before any
// labelled pair was read.
//
// A state glued to a word is read only where the other name writes the same goods word with a
// state of its own: 건 of 건강, 통 of 통기타 or 생 of 생활 never stand against another state of 강,
// 기타 or 활 (and the rest must be two syllables or more). Two names whose states of one goods
// word are rival values of one dimension, and share no value of it, describe different goods
// and hold the box ("가공 상태 삶은 ↔ 건"); two spellings of one value (말린 / 건조) are no
// difference.

// KindPrepared is the kind of a preparation state's difference (가공 상태).
const KindPrepared = "prepared"

// prepDim is one dimension of preparation; a name may say one value of each.
type prepDim uint8

const (
	prepHeat   prepDim = iota // raw, boiled or steamed, roasted, fried, smoked
	prepDry                   // fresh, dried, half-dried, soaked or boiled (sold wet)
	prepTemp                  // frozen, chilled, room temperature
	prepCut                   // whole, peeled, minced, sliced, shredded, cubed, powder, liquid, pills
	prepSeason                // plain, seasoned
	prepCure                  // fresh, pickled or salted
	prepLive                  // sold alive, or killed and cleaned, frozen, cooked or dried
	prepWash                  // sold with the soil on, or washed
	prepLength                // sold long, or cut short (긴당면 / 자른당면)
	prepAged                  // a dried croaker aged in barley, or the salted croaker (보리굴비 / 참굴비)
	prepBone                  // boneless, or on the bone (순살 닭갈비 / 뼈 닭갈비)
	prepSeed                  // seedless, or with seeds (씨없는 포도)
	prepPress                 // an oil pressed first (엑스트라버진), refined (퓨어) or from the pulp (포마스)
	prepDims
)

// prepValues lists, for each dimension, its rival values, each the spellings of one value.
var prepValues = [prepDims][][]string{
	prepHeat: {
		{"생", "날", "생물"}, {"삶은", "데친", "자숙", "찐", "익힌", "쪄낸"},
		{"구운", "군", "볶은", "로스팅", "로스트", "로스티드"}, {"튀긴"}, {"훈제", "훈연", "스모크"},
	},
	prepDry: {
		{"생", "생물"}, {"건", "말린", "건조", "마른", "드라이"}, {"반건조", "반건", "피데기"},
		{"삶은", "데친", "자숙", "불린"},
	},
	prepTemp: {
		{"냉동", "급냉", "급속냉동"}, {"냉장"}, {"상온"},
	},
	prepCut: {
		{"통", "통째", "원물", "피"}, {"깐", "탈피", "박피", "껍질깐", "거피"}, {"다진", "다짐"},
		{"슬라이스", "편", "저민", "썬"}, {"채", "채썬"}, {"깍둑", "깍뚝", "큐브"},
		{"분말", "가루", "파우더"}, {"액상", "진액", "엑기스", "액기스", "즙"}, {"환"},
	},
	prepSeason: {
		{"생", "무조미", "플레인", "무양념"}, {"조미", "양념"},
	},
	prepCure: {
		{"생"}, {"절임", "절인", "염장"},
	},
	prepLive: {
		{"활", "활어", "산지활"},
		{"손질", "손질된", "냉동", "급냉", "급속냉동", "자숙", "삶은", "데친", "찐", "구운", "건", "말린", "건조", "반건조", "훈제", "절임", "염장"},
	},
	prepWash: {
		{"흙", "흙묻은", "비세척"}, {"세척", "세척된", "씻은"},
	},
	prepLength: {
		{"긴"}, {"자른", "잘린", "절단"},
	},
	prepAged: {
		{"보리"}, {"참"},
	},
	prepBone: {
		{"순살", "뼈없는", "무뼈", "뼈없이"}, {"뼈", "뼈있는", "뼈째", "통뼈"},
	},
	prepSeed: {
		{"씨없는", "무씨"}, {"씨있는"},
	},
	prepPress: {
		{"엑스트라버진", "버진"}, {"퓨어"}, {"포마스"},
	},
}

// prepSuffixes are the states also written after the goods, glued or alone (마늘분말, 배추절임,
// 도라지채, 표고버섯 슬라이스).
var prepSuffixes = map[string]bool{
	"분말": true, "가루": true, "파우더": true, "진액": true, "엑기스": true, "액기스": true, "즙": true, "환": true,
	"절임": true, "슬라이스": true, "큐브": true, "채": true, "세척": true, "순살": true,
}

// prepState is a spelling's value in each dimension (0 for none, else the value's index + 1).
type prepState [prepDims]uint8

// prepStates maps every spelling to its values.
var prepStates = func() map[string]prepState {
	m := map[string]prepState{}
	for d, vals := range prepValues {
		for v, spellings := range vals {
			for _, s := range spellings {
				st := m[s]
				st[d] = uint8(v + 1)
				m[s] = st
			}
		}
	}
	return m
}()

// prepFirstSyls and prepLastSyls are the first syllables of the spellings and the last syllables
// of the suffixes: the rule's gate on the names' words.
var prepFirstSyls, prepLastSyls = func() (first, last sylSet) {
	for s := range prepStates {
		r, _ := hangulSyllable(s)
		first.add(r)
	}
	for s := range prepSuffixes {
		r, _ := hangulSyllable(s[len(s)-3:])
		last.add(r)
	}
	return first, last
}()

// prepSpellLastSyls are the last syllables of the spellings, prepSuffixFirstSyls the first
// syllables of the suffixes, and prepLongest and prepSuffixLongest the longest of each (bytes):
// a glued word's rest is looked up only where a spelling can end or a suffix start there.
var prepSpellLastSyls, prepSuffixFirstSyls, prepLongest, prepSuffixLongest = func() (last, first sylSet, longest, suffixLongest int) {
	for s := range prepStates {
		r, _ := hangulSyllable(s[len(s)-3:])
		last.add(r)
		longest = max(longest, len(s))
	}
	for s := range prepSuffixes {
		r, _ := hangulSyllable(s)
		first.add(r)
		suffixLongest = max(suffixLongest, len(s))
	}
	return last, first, longest, suffixLongest
}()

// prepByFirst and prepSuffixByLast hold the spellings by their first syllable and the suffixes
// by their last (by syllableBit): a word is read only when it starts with a spelling or ends with
// a suffix, which every mention's word does (a spelling alone, with 것, glued before or after).
var prepByFirst, prepSuffixByLast = func() (first, last [256][]string) {
	for s := range prepStates {
		r, _ := hangulSyllable(s)
		first[syllableBit(r)] = append(first[syllableBit(r)], s)
	}
	for s := range prepSuffixes {
		r, _ := hangulSyllable(s[len(s)-3:])
		last[syllableBit(r)] = append(last[syllableBit(r)], s)
	}
	return first, last
}()

// startsWithSpelling reports whether w, whose first syllable is r, starts with a spelling.
func startsWithSpelling(w string, r rune) bool {
	for _, s := range prepByFirst[syllableBit(r)] {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// endsWithSuffix reports whether w, whose last syllable is r, ends with a suffix.
func endsWithSuffix(w string, r rune) bool {
	for _, s := range prepSuffixByLast[syllableBit(r)] {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// prepMention is one state a name says of one goods word.
type prepMention struct {
	goods string
	state prepState
	sp    Span // the state's word in the name
}

// prepMentions lists the states rd says of goods words: a spelling alone before a word (삶은
// 시래기), a suffix or a spelling with 것 alone after one (표고버섯 슬라이스, 시래기 삶은것), a
// spelling glued before (건시래기) or a suffix glued after (마늘분말) a rest of two syllables or
// more. The longest spelling that leaves such a rest is read.
func prepMentions(rd *reading, out []prepMention) []prepMention {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord || len(t.text) < 3 {
			continue
		}
		w := t.text
		first, _ := hangulSyllable(w)
		starts := prepFirstSyls.has(first) && startsWithSpelling(w, first)
		ends := false
		if len(w) >= 9 { // a suffix is read only glued after two syllables or more
			last, _ := hangulSyllable(w[len(w)-3:])
			ends = prepLastSyls.has(last) && endsWithSuffix(w, last)
		}
		if !starts && !ends || !hangulOnly(w) {
			continue // no spelling starts it (nor with 것), no suffix ends it (most words: one test each)
		}
		f := t.sp
		if starts {
			if st, ok := prepStates[w]; ok {
				if i+1 < len(rd.toks) && goodsWord(&rd.toks[i+1]) {
					out = append(out, prepMention{goods: rd.toks[i+1].text, state: st, sp: f})
				}
				if prepSuffixes[w] && i > 0 && goodsWord(&rd.toks[i-1]) {
					out = append(out, prepMention{goods: rd.toks[i-1].text, state: st, sp: f})
				}
				continue
			}
		}
		if strings.HasSuffix(w, "것") && len(w) > 3 && i > 0 && goodsWord(&rd.toks[i-1]) {
			if st, ok := prepStates[w[:len(w)-3]]; ok {
				out = append(out, prepMention{goods: rd.toks[i-1].text, state: st, sp: f})
			}
			continue
		}
		if len(w) < 9 {
			continue
		}
		for p := min(len(w)-6, prepLongest); starts && p >= 3; p -= 3 {
			if r, _ := hangulSyllable(w[p-3:]); !prepSpellLastSyls.has(r) {
				continue // no spelling ends with this syllable: no lookup
			}
			if st, ok := prepStates[w[:p]]; ok {
				out = append(out, prepMention{goods: w[p:], state: st, sp: f})
				break
			}
		}
		for p := max(6, len(w)-prepSuffixLongest); ends && p <= len(w)-3; p += 3 {
			if r, _ := hangulSyllable(w[p:]); !prepSuffixFirstSyls.has(r) {
				continue // no suffix starts with this syllable: no lookup
			}
			if prepSuffixes[w[p:]] {
				out = append(out, prepMention{goods: w[:p], state: prepStates[w[p:]], sp: f})
				break
			}
		}
	}
	return out
}

// goodsWord reports whether t may be a goods word a state is said of: Hangul of two syllables or
// more.
func goodsWord(t *token) bool {
	return t.kind == tWord && len(t.text) >= 6 && hangulOnly(t.text)
}

// sameGoods reports whether two goods words are one: the same, or one the start of the other
// (표고 of 표고버섯) or its end after a variety glued before the goods (당근 of 구좌당근, 단무지 of
// 반달단무지), unless what comes before is a state's spelling.
func sameGoods(a, b string) bool {
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return strings.HasSuffix(a, b) && !prepStatesHas(a[:len(a)-len(b)])
}

// prepStatesHas reports whether w is a state's spelling: a goods word that ends as another does
// after a state (통편백나무 of 편백나무, read 편 백나무) is no variety of it.
func prepStatesHas(w string) bool {
	_, ok := prepStates[w]
	return ok
}

// comparePreparedStates holds the box when both names say a state of one goods word and, in a
// dimension both states have, share no value.
func comparePreparedStates(r, e *reading, diffs []Difference) []Difference {
	if !r.firstSyls.meets(&prepFirstSyls) && !r.lastSyls.meets(&prepLastSyls) ||
		!e.firstSyls.meets(&prepFirstSyls) && !e.lastSyls.meets(&prepLastSyls) {
		return diffs // neither name starts or ends a word as a state does (gate)
	}
	if hasKind(diffs, KindTemp) {
		return diffs // 냉동 against 냉장 written alone: the lexicon's temperature says it
	}
	var buf [8]prepMention
	rm := prepMentions(r, buf[:0])
	if len(rm) == 0 {
		return diffs
	}
	var ebuf [8]prepMention
	em := prepMentions(e, ebuf[:0])
	if len(em) == 0 {
		return diffs
	}
	for i := range rm {
		for j := range em {
			if !sameGoods(rm[i].goods, em[j].goods) {
				continue
			}
			if d, ok := rivalPrepDim(rm, em, rm[i].goods, em[j].goods); ok {
				df := difference(KindPrepared, nil, nil, prepFacts(r.name, rm, rm[i].goods, d), prepFacts(e.name, em, em[j].goods, d))
				df.Severity = order.Block
				return append(diffs, df)
			}
		}
	}
	return diffs
}

// rivalPrepDim returns a dimension in which both names say a state of the goods (rg in r, eg in
// e, or words one is the start of) and share no value.
func rivalPrepDim(rm, em []prepMention, rg, eg string) (prepDim, bool) {
	var rv, ev [prepDims]uint32 // the values said, a bit each
	for _, m := range rm {
		if sameGoods(m.goods, rg) {
			for d, v := range m.state {
				if v > 0 {
					rv[d] |= 1 << v
				}
			}
		}
	}
	for _, m := range em {
		if sameGoods(m.goods, eg) {
			for d, v := range m.state {
				if v > 0 {
					ev[d] |= 1 << v
				}
			}
		}
	}
	for d := range rv {
		if rv[d] != 0 && ev[d] != 0 && rv[d]&ev[d] == 0 {
			return prepDim(d), true
		}
	}
	return 0, false
}

// prepFacts are the words of ms that say a state of goods in dimension d.
func prepFacts(name string, ms []prepMention, goods string, d prepDim) []fact {
	var fs []fact
	for _, m := range ms {
		if m.state[d] > 0 && sameGoods(m.goods, goods) {
			fs = append(fs, fact{text: name[m.sp.Start:m.sp.End], sp: m.sp})
		}
	}
	return fs
}
