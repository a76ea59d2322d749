package check

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestAreaGlossesAreMorphemes holds areaMorphemeGlosses to the rules of the gloss table: a
// Hangul morpheme or compound the gloss reading can read (four syllables at most), glossed in
// one place only, that no other reader takes for a typed value, a size or a word of no
// meaning, glossed as plain lower-case English.
func TestAreaGlossesAreMorphemes(t *testing.T) {
	for w, g := range areaMorphemeGlosses {
		_, twice := morphemeGlosses[w]
		assert.False(t, twice, "%q is glossed in glosses.go already", w)
		n := utf8.RuneCountInString(w)
		assert.True(t, n >= 1 && n <= 4, "%q: the reading reads morphemes of one to four syllables", w)
		for _, r := range w {
			assert.True(t, isSyllable(r), "%q: Hangul syllables only", w)
		}
		assert.Empty(t, attributesOf(w, nil), "%q is read as a typed value", w)
		assert.False(t, stopWords[w], "%q is a stop word", w)
		_, size := sizeWords[w]
		assert.False(t, size, "%q is a size", w)
		seen := map[string]bool{}
		for _, alt := range strings.Split(g, "|") {
			assert.NotEmpty(t, alt, "%q: an empty gloss", w)
			assert.False(t, seen[alt], "%q: %q glossed twice", w, alt)
			seen[alt] = true
			for _, c := range alt {
				assert.True(t, c == ' ' || c >= 'a' && c <= 'z', "%q: %q is not plain English", w, alt)
			}
		}
	}
}
