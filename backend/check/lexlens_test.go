package check

import (
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
		"listed":    {listedLens, keysOf(lexicon)},
		"wordIndex": {wordIndexLens, keysOf(wordIndex)},
		"sizeWords": {sizeWordLens, keysOf(sizeWords)},
		"packWords": {packWordLens, keysOf(packWords)},
		"markers":   {markerLens, keysOf(markerWords)},
		"units":     {unitLens, keysOf(allUnits)},
		"suffixes":  {suffixLens, append(keysOf(wordSuffixes), listJoiner)},
	} {
		for _, k := range tc.keys {
			if !assert.True(t, tc.set.may(k), "%s: %q", name, k) {
				return
			}
			assert.True(t, tc.set.mayBytes([]byte(k)), "%s: %q", name, k)
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
	assert.False(t, sizeWordLens.may("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
	assert.False(t, markerLens.may("향수"))
	long := new(lenSet)
	long.add("가나다라마바사아자차카타파하가나다라마바사아자차카타") // 75 bytes: any length from 63 on
	assert.True(t, long.may("가나다라마바사아자차카타파하가나다라마바사아자차카타파"))
	assert.False(t, long.may("가나다"))
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
