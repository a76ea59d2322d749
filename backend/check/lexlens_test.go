package check

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestLenSetsHoldEveryKey checks that each length index says "may be" for every key of the tables
// it stands before (a key it missed would never be found), and rules out some words that are not.
func TestLenSetsHoldEveryKey(t *testing.T) {
	for name, tc := range map[string]struct {
		set  *lenSet
		keys []string
	}{
		"listed":   {listedLens, keysOf(lexicon)},
		"units":    {unitLens, keysOf(allUnits)},
		"suffixes": {suffixLens, append(keysOf(wordSuffixes), listJoiner)},
	} {
		for _, k := range tc.keys {
			if !assert.True(t, tc.set.may(k), "%s: %q", name, k) {
				return
			}
		}
	}
	for w, a := range lexicon {
		if !exactEntry(w) {
			assert.True(t, splitLens.may(w), "%q", w)
			assert.Equal(t, a, splitLexicon[w], "%q", w)
		} else {
			assert.NotContains(t, splitLexicon, w)
		}
	}
	assert.False(t, listedLens.may(""))
	long := new(lenSet)
	long.add("가나다라마바사아자차카타파하가나다라마바사아자차카타") // 75 bytes: any length from 63 on
	assert.True(t, long.may("가나다라마바사아자차카타파하가나다라마바사아자차카타파"))
	assert.False(t, long.may("가나다"))
}

// TestKeySetsHoldEveryKey checks that each keySet says "may be" for every key of its table, as
// a string and in bytes, and rules out most words that are not keys.
func TestKeySetsHoldEveryKey(t *testing.T) {
	for name, tc := range map[string]struct {
		set  *keySet
		keys []string
	}{
		"listed":    {listedKeys, keysOf(lexicon)},
		"split":     {splitKeys, keysOf(splitLexicon)},
		"wordIndex": {wordIndexKeys, keysOf(wordIndex)},
		"sizeWords": {sizeWordKeys, keysOf(sizeWords)},
		"synonyms":  {synonymKeys, keysOf(wordSynonyms)},
		"synLists":  {synListKeys, keysOf(synonymsOf)},
		"suffixes":  {suffixKeys, keysOf(wordSuffixes)},
		"markers":   {markerKeys, keysOf(markerWords)},
		"units":     {unitKeys, keysOf(allUnits)},
		"packs":     {packWordKeys, keysOf(packWords)},
		"numerals":  {numeralKeys, append(keysOf(romanNumerals), keysOf(nativeNumerals)...)},
		"spellings": {unitSpellingKeys, keysOf(unitSpellings)},
		"stops":     {stopWordKeys, keysOf(stopWords)},
		"negations": {negationKeys, keysOf(negations)},
		"modifiers": {modifierKeys, keysOf(modifierWords)},
		"variants":  {variantPrefixKeys, keysOf(variantPrefixes)},
		"neutral":   {neutralSuffixKeys, keysOf(neutralSuffixes)},
		"synMembers": {synonymMemberKeys, func() (ws []string) {
			for _, g := range synonymsOf {
				ws = append(ws, g...)
			}
			return ws
		}()},
	} {
		for _, k := range tc.keys {
			if !assert.True(t, tc.set.may(k), "%s: %q", name, k) {
				return
			}
			assert.True(t, tc.set.mayBytes([]byte(k)), "%s: %q", name, k)
		}
	}
	assert.False(t, markerKeys.may("향수"))
	assert.False(t, markerKeys.may(""))
	passed := 0
	for i := range 1000 {
		if listedKeys.may(fmt.Sprintf("없는낱말%d", i)) {
			passed++
		}
	}
	assert.Less(t, passed, 300, "a filter that lets most words through filters nothing")
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestFirstRune compares firstRune with utf8.DecodeRuneInString on valid and broken text.
func TestFirstRune(t *testing.T) {
	for _, s := range []string{"", "a", "가", "힣다", "ｶﾞ", "€1", "\xed\xa0\x80", "\xe0\x80\x80", "\xe2\x82", "\xff가", "𝄞", "μg"} {
		want, _ := utf8.DecodeRuneInString(s)
		assert.Equal(t, want, firstRune(s), "%q", s)
	}
}

// TestFastPathsAgree checks the hot path's shortcuts against what they stand for: the ASCII
// class table against classOfOther, wholeNumber against strconv.ParseFloat, lowerASCII against
// lower-casing byte by byte, hasVariantRune against a range loop.
func TestFastPathsAgree(t *testing.T) {
	for r := rune(-2); r < 0x11000; r++ {
		if classOf(r) != classOfOther(r) {
			t.Fatalf("classOf(%U) = %d, want %d", r, classOf(r), classOfOther(r))
		}
	}
	for _, s := range []string{"0", "007", "10", "160", "999999999999999", "123456789012345", "1.5", "1,000", "", "12a", "9007199254740993"} {
		v, ok := wholeNumber(s)
		want, err := strconv.ParseFloat(s, 64)
		isDigits := s != "" && len(s) <= 15 && strings.Trim(s, "0123456789") == ""
		assert.Equal(t, isDigits, ok, "%q", s)
		if ok {
			assert.NoError(t, err)
			assert.Equal(t, want, v, "%q", s)
		}
	}
	every := make([]byte, 0, 512) // every byte value, at every offset within a word of eight
	for c := range 256 {
		every = append(every, byte(c), 'A', byte(c), 'Z')
	}
	long := "SAMSUNG 갤럭시 S24 ULTRA 정품 실리콘 케이스 SM-S928N BLACK 256GB 자급제 AZ@[`{"
	lowerCases := []string{"", "abc", "ABC 블랙 X1", "Z", "aZ", "ZZ가Z", "@[`{", long, long + long, long[:63], long[:64], long[:65], string(every), string(every[1:]), string(every[3:])}
	for _, s := range lowerCases { // past a chunk of 64 bytes (lowerASCII)
		want := []byte(s)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		assert.Equal(t, string(want), lowerASCII(s), "%q", s)
	}
	for _, s := range []string{"", "키친타올", "타", "abc타올", "\xff\xed\xa0\x80타", "케챂", "블럭x", "숫자", "ｶﾞ", "가나다"} {
		want := false
		for _, r := range s {
			want = want || variantRunes.has(r)
		}
		assert.Equal(t, want, hasVariantRune(s), "%q", s)
	}
}

// TestNegationEndingAgrees checks negationEnding's syllable set against comparing the last three
// bytes with each of negationEnds, for a word ending in every Hangul syllable and in other bytes.
func TestNegationEndingAgrees(t *testing.T) {
	want := func(w string) bool {
		if len(w) < 6 || w[0] < 0x80 {
			return false
		}
		for _, e := range negationEnds {
			if w[len(w)-3:] == e {
				return true
			}
		}
		return false
	}
	words := []string{"", "음", "미포함", "포함", "ab음", "a포함", "가\xed\xa0\x80", "가\xea\xb0", "가나\xff"}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		words = append(words, "가"+string(r), "x"+string(r))
	}
	for _, w := range words {
		assert.Equal(t, want(w), negationEnding(w), "%q", w)
	}
}

// TestRuneCountAgrees checks runeCount and hasRunes against utf8.RuneCountInString over every name of the
// labelled tables and strings with broken or other runes.
func TestRuneCountAgrees(t *testing.T) {
	words := []string{"", "a", "가", "가a나", "\xea\xb0", "가\xea", "\xed\xa0\x80가", "\xed\x9e\xa4", "ｶﾞ가", "é가", "\xff가", "가\x80"}
	for _, p := range loadNamePairs(t) {
		words = append(words, p.registered, p.exposed)
	}
	for _, w := range words {
		assert.Equal(t, utf8.RuneCountInString(w), runeCount(w), "%q", w)
		for k := range 6 {
			assert.Equal(t, utf8.RuneCountInString(w) >= k, hasRunes(w, k), "%q %d", w, k)
		}
	}
}

// TestHangulSyllableAgrees checks hangulSyllable against utf8.DecodeRuneInString for every
// three bytes: a syllable (U+AC00-U+D7A3) exactly when the bytes decode to one, else nothing.
func TestHangulSyllableAgrees(t *testing.T) {
	bad := 0
	for x := range 1 << 24 {
		s := string([]byte{byte(x >> 16), byte(x >> 8), byte(x)})
		wantR, wantN := utf8.DecodeRuneInString(s)
		if wantN != 3 || wantR < 0xAC00 || wantR > 0xD7A3 {
			wantR, wantN = 0, 0
		}
		if r, n := hangulSyllable(s); (r != wantR || n != wantN) && bad < 10 {
			bad++
			t.Errorf("%q: %U %d, want %U %d", s, r, n, wantR, wantN)
		}
	}
	r, n := hangulSyllable("가나")
	assert.Equal(t, [2]int{0xAC00, 3}, [2]int{int(r), n})
	r, n = hangulSyllable("\xea\xb0")
	assert.Equal(t, [2]int{0, 0}, [2]int{int(r), n}, "too short")
}

// TestWritesJoinedAgrees checks writesJoinedIn, which looks for a Hangul word's first two bytes
// together, against the search by its first byte alone, for every word of each labelled pair's
// names looked for in the other name and in the same, as compared and as written.
func TestWritesJoinedAgrees(t *testing.T) {
	byFirstByte := func(rd *reading, w string, raw bool, shared *reading) bool {
		for j := range rd.toks {
			if !joinableWord(&rd.toks[j]) {
				continue
			}
			tx := joinedText(&rd.toks[j], raw)
			for p := 0; p < len(tx); p++ {
				q := strings.IndexByte(tx[p:], w[0])
				if q < 0 {
					break
				}
				p += q
				if rd.joinedAt(w, j, p, raw, shared) {
					return true
				}
			}
		}
		return false
	}
	// a word whose first byte ends a word of rd, its other bytes starting the next (the fuzzer's)
	split := &reading{toks: []token{{kind: tWord, text: "ab\xeb"}, {kind: tWord, text: "\x82\x98"}}}
	for _, w := range []string{"나", "나다", "\xeb", "b나"} {
		assert.Equal(t, byFirstByte(split, w, false, nil), split.writesJoinedIn(w, false, nil), "%q", w)
	}
	assert.True(t, split.writesJoinedIn("나", false, nil))
	var fr, fe folded
	var r, e reading
	n := 0
	for _, p := range loadNamePairs(t) {
		r.read(p.registered, &fr, nil)
		e.read(p.exposed, &fe, nil)
		canonicalize(&r)
		canonicalize(&e)
		for _, c := range [][2]*reading{{&r, &e}, {&e, &r}, {&r, &r}} {
			for i := range c[1].toks {
				tok := &c[1].toks[i]
				for _, w := range []string{tok.text, tok.raw, tok.text + "\xeb", "\xec" + tok.text} {
					if w == "" {
						continue
					}
					for _, raw := range []bool{false, true} {
						for _, shared := range []*reading{nil, c[1]} {
							n++
							if got, want := c[0].writesJoinedIn(w, raw, shared), byFirstByte(c[0], w, raw, shared); got != want {
								t.Fatalf("%q in %q (raw %v): %v, want %v", w, c[0].name, raw, got, want)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d searches", n)
}

// TestSoundWithinAgrees checks soundWithin against soundDistance on the sound keys of the words
// of the labelled tables, pairwise over a sample, at the limits the rules use.
func TestSoundWithinAgrees(t *testing.T) {
	var f folded
	var keys [][]byte
	for _, p := range loadNamePairs(t) {
		foldInto(&f, p.registered)
		for _, tok := range tokenize(&f) {
			if tok.kind == tWord && len(keys) < 400 {
				var k soundKey
				soundOf(&k, tok.text)
				keys = append(keys, append([]byte(nil), k.key()...))
			}
		}
	}
	keys = append(keys, []byte{}, []byte("KVT"), make([]byte, maxSoundKey+1))
	for _, a := range keys {
		for _, b := range keys {
			for _, limit := range []float64{0, 0.5, 1, 1.5, 2} {
				if want := soundDistance(a, b) <= limit; soundWithin(a, b, limit) != want {
					t.Fatalf("soundWithin(%q, %q, %v) = %v, soundDistance %v", a, b, limit, !want, soundDistance(a, b))
				}
			}
		}
	}
}

// soundDistance is the full edit distance of two keys, the reference soundWithin is checked
// against: the same costs (soundIndel, soundSubst), the whole table, no early exit.
func soundDistance(a, b []byte) float64 {
	if len(a) > maxSoundKey || len(b) > maxSoundKey {
		return 1e9
	}
	var prev, cur [maxSoundKey + 1]float64
	prev[0] = 0
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + soundIndel(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + soundIndel(a[i-1])
		for j := 1; j <= len(b); j++ {
			cur[j] = min(prev[j-1]+soundSubst(a[i-1], b[j-1]), prev[j]+soundIndel(a[i-1]), cur[j-1]+soundIndel(b[j-1]))
		}
		prev = cur
	}
	return prev[len(b)]
}
