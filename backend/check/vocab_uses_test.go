package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUsesGroupsJoinOneGroup: a group of the third trade vocabulary joins at most one earlier
// group, so all its words compare as one word; none of its words is an attribute of the lexicon
// or a stop word, which the word rule never reads.
func TestUsesGroupsJoinOneGroup(t *testing.T) {
	for _, g := range usesGroups {
		assert.GreaterOrEqual(t, len(g), 2, "%v", g)
		for _, w := range g {
			assert.Equal(t, wordSynonyms[g[0]], wordSynonyms[w], "%q of %v compares apart from %q", w, g, g[0])
			_, listed := lexicon[w]
			assert.False(t, listed, "%q is a listed attribute", w)
			assert.False(t, stopWords[w], "%q is a stop word", w)
			assert.Equal(t, foldWord(w), w, "vocabulary words are written folded")
		}
	}
}
