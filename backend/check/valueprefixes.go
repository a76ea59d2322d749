package check

import (
	"math/bits"
	"strings"
)

// Korean writes a value of a closed opposition as a one-syllable Sino-Korean prefix glued to the
// word it qualifies: 유선 / 무선 (with or without), 대형 / 중형 / 소형 (large, middle, small),
// 적색 / 백색 / 청색 (red, white, blue), 암꽃게 / 수꽃게 (female, male), 단권 / 복권 (single,
// double). Two names that glue two prefixes of one such set to one word name two values of it,
// whether the vocabulary lists the words or not: 적용과 / 백용과 (red and white dragon fruit),
// 적치마 / 청치마상추 (red and green lettuce), 무연납 / 유연 (lead-free and leaded solder). The
// listed words (유선 / 무선, 대형 / 소형) are compared by their own rules already; this reads the
// words no list holds.
//
// The rest after the prefix must be the same word, or one the start of the other (치마 of
// 치마상추, 연 of 연납), and neither name may write the other's word. Prefixes of different sets
// are not compared (자동 / 수동 is no colour against a sex).

// valuePrefixSets are the sets of one-syllable prefixes whose members exclude each other, as
// three-byte UTF-8 strings.
var valuePrefixSets = [...]string{
	"유무",      // with, without
	"대중소",     // large, middle, small
	"적백청흑황홍녹", // red, white, blue, black, yellow, crimson, green
	"암수",      // female, male
	"단복",      // single, double
}

// valuePrefixSyls are the syllables of each of valuePrefixSets, for the rule's gate, and whether
// the syllables of each set hash to bits of their own (then two names that write one and the same
// prefix of a set, and no other, are told apart from two that write two).
var valuePrefixSyls, valuePrefixApart = func() (out [len(valuePrefixSets)]sylSet, apart [len(valuePrefixSets)]bool) {
	for i, set := range valuePrefixSets {
		apart[i] = true
		for _, r := range set {
			if out[i].has(r) {
				apart[i] = false
			}
			out[i].add(r)
		}
	}
	return out, apart
}()

// valuePrefixSetsWritten is the sets (bit i for valuePrefixSets[i]) of which the names may write
// two different prefixes, one each, by their signatures (nameSig; every set when the gates are
// off), and those sets' syllables: a word is read only against a word of the other name whose
// prefix is another of the same set.
func valuePrefixSetsWritten(r, e *reading) (sets uint, syls sylSet) {
	for i := range valuePrefixSyls {
		var rs, es sylSet
		n := 0
		for k := range rs {
			rs[k] = r.says.hangul[k] & valuePrefixSyls[i][k]
			es[k] = e.says.hangul[k] & valuePrefixSyls[i][k]
			n += bits.OnesCount64(rs[k])
		}
		if rs == (sylSet{}) || es == (sylSet{}) || valuePrefixApart[i] && n == 1 && rs == es {
			continue // no prefix of the set on one side, or only one and the same on both
		}
		sets |= 1 << i
		for k := range syls {
			syls[k] |= valuePrefixSyls[i][k]
		}
	}
	return sets, syls
}

// valuePrefixSet returns the index of the set the first syllable of w belongs to, -1 for none.
func valuePrefixSet(w string) int {
	if len(w) < 6 {
		return -1
	}
	for i, set := range valuePrefixSets {
		for k := 0; k+3 <= len(set); k += 3 {
			if w[:3] == set[k:k+3] {
				return i
			}
		}
	}
	return -1
}

// compareValuePrefixes adds a Warn of the kind 종류 ("종류 적용과 ↔ 백용과") when the two names
// write one word with two prefixes of one set. It runs only when nothing else was found: the
// listed words are the other rules'.
func compareValuePrefixes(r, e *reading, diffs []Difference) []Difference {
	if len(diffs) > 0 {
		return diffs
	}
	sets, syls := valuePrefixSetsWritten(r, e)
	if sets == 0 {
		return diffs
	}
	set := -1 // the set of the registered word one passed, which pair reads
	return warnWordPair(r, e, diffs, KindVariety, true,
		func(aw string) bool {
			if c, n := hangulSyllable(aw); n != 3 || !syls.has(c) {
				return false // no prefix of a set both names may write
			}
			set = valuePrefixSet(aw)
			return set >= 0 && sets&(1<<set) != 0 && hangulOnly(aw) && !writesWordAsIs(e.name, aw)
		},
		func(aw, bw string) bool {
			return aw[:3] != bw[:min(3, len(bw))] && valuePrefixSet(bw) == set && hangulOnly(bw) &&
				sameRest(aw[3:], bw[3:]) && !writesWordAsIs(r.name, bw)
		})
}

// sameRest reports whether two rests after a prefix are one word, or one the start of the other.
func sameRest(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// hangulOnly reports whether w is Hangul syllables only.
func hangulOnly(w string) bool {
	for _, c := range w {
		if c < 0xAC00 || c > 0xD7A3 {
			return false
		}
	}
	return w != ""
}

// writesWordAsIs reports whether name writes w as a word of its own, as written.
func writesWordAsIs(name, w string) bool {
	for i := 0; ; {
		s, e := nextCodeWord(name, i, true)
		if s < 0 {
			return false
		}
		i = e
		if name[s:e] == w {
			return true
		}
	}
}
