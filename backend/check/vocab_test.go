package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSynonymGroupsAreDisjoint: a word names one thing; a word in two groups would make the rule
// compare it as whichever group came last.
func TestSynonymGroupsAreDisjoint(t *testing.T) {
	seen := map[string]string{}
	for _, g := range synonymGroups {
		for _, w := range g {
			if first, ok := seen[w]; ok {
				t.Errorf("%q is in the group of %q and of %q", w, first, g[0])
			}
			seen[w] = g[0]
			assert.Equal(t, foldWord(w), w, "vocabulary words are written folded")
		}
	}
}

func foldWord(w string) string {
	f := fold(w)
	return f.text
}
