package check

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestWritesTailOfAgrees holds writesTailOf against what compareVariants' loop asks of each
// head: whether the other name writes w[p:] as a word, over every word of every labelled pair.
func TestWritesTailOfAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every table")
	}
	var m Matcher
	found := 0
	for _, p := range loadNamePairs(t) {
		m.Compare(p.registered, p.exposed, p.bundle)
		for _, pair := range [2][2]*reading{{&m.r, &m.e}, {&m.e, &m.r}} {
			a, b := pair[0], pair[1]
			for i := range a.toks {
				for _, w := range [2]string{a.toks[i].text, a.toks[i].raw} {
					want := false
					for q := 3; q+6 <= len(w); q += 3 {
						want = want || b.writesWord(w[q:])
					}
					require.Equal(t, want, b.writesTailOf(w), "%q in %q", w, b.name)
					if want {
						found++
					}
				}
			}
		}
	}
	require.Greater(t, found, 0)
}
