package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// spellingTests are the five spelling tests accountedAs gates by a word's shape.
func spellingTests(w, x string) bool {
	return abbreviates(w, x) || vowelVariant(w, x) || loanSpelling(w, x) || transliterated(w, x) || sameFormOtherEnding(w, x)
}

func TestSpellingShapeGate(t *testing.T) {
	for _, c := range []struct {
		w, x string
		pass bool // one of the five tests holds
	}{
		{"주방용세제", "주방세제", true},  // abbreviation: same first and last syllable
		{"캠핑테이블", "캠핑테이불", true}, // one vowel
		{"스웨터", "스웨터", false},    // the same word
		{"로켓", "로켙", true},       // a final of one class
		{"후레쉬", "프레쉬", true},     // f spelt ㅎ or ㅍ
		{"손잡이형", "손잡이식", true},   // two type endings
		{"빗모양", "빗형", true},      // 모양 after a stem of one syllable
		{"원형", "타원형", false},     // 형 after one syllable
		{"A가나", "A다나", false},    // starts in ASCII
		{"가ab", "가xyab", true},   // four bytes: a rune above ASCII and two letters
		{"가bc", "나xbc", false},   // another first rune
		{"냉장고", "냉동고", false},    // another word
		{"", "가나다", false},
	} {
		got := spellingTests(c.w, c.x)
		assert.Equal(t, c.pass, got, "%q %q", c.w, c.x)
		if got {
			assert.True(t, shapeOfSpelling(c.w).maySpell(c.x), "gate %q %q", c.w, c.x)
		}
	}
}

// TestSpellingShapeGateAgrees holds the gate against the five tests over every two words of a
// labelled pair's names and every two listed words that start alike: the gate never turns away a
// pair a test would pass.
func TestSpellingShapeGateAgrees(t *testing.T) {
	check := func(w, x string) {
		if spellingTests(w, x) && !shapeOfSpelling(w).maySpell(x) {
			t.Errorf("gate turns away %q %q", w, x)
		}
	}
	passed := 0
	for _, p := range loadNamePairs(t) {
		ws := append(strings.Fields(p.registered), strings.Fields(p.exposed)...)
		for _, w := range ws {
			for _, x := range ws {
				check(w, x)
				if spellingTests(w, x) {
					passed++
				}
			}
		}
	}
	byFirst := map[rune][]string{}
	for _, k := range keysOf(lexicon) {
		byFirst[firstRune(k)] = append(byFirst[firstRune(k)], k)
	}
	for _, ks := range byFirst {
		for _, w := range ks {
			for _, x := range ks {
				check(w, x)
			}
		}
	}
	assert.Greater(t, passed, 100)
}
