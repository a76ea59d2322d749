package check

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// compoundAlikePairwise is compoundAlike as written before its heads were read once each: every
// head and tail looked up again for every split of the other word.
func compoundAlikePairwise(a, b string) bool {
	if latinWord(a) || latinWord(b) || utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 2 {
		return false
	}
	for i := 3; i < len(a); i += 3 {
		for j := 3; j < len(b); j += 3 {
			if sameThing(a[:i], b[:j]) && (sameThing(a[i:], b[j:]) || sameHead(a[i:], b[j:])) {
				return true
			}
		}
	}
	return false
}

// TestCompoundAlikeAgrees holds compoundAlike against the pairwise search over every pair of
// Hangul words of every labelled pair of names, as written and as compared.
func TestCompoundAlikeAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every table")
	}
	var m Matcher
	alike, tried := 0, 0
	for _, p := range loadNamePairs(t) {
		m.Compare(p.registered, p.exposed, p.bundle)
		canonicalize(&m.r)
		canonicalize(&m.e)
		for i := range m.r.toks {
			for j := range m.e.toks {
				for _, a := range [2]string{m.r.toks[i].text, m.r.toks[i].raw} {
					for _, b := range [2]string{m.e.toks[j].text, m.e.toks[j].raw} {
						if a == "" || b == "" || a[0] < 0x80 || b[0] < 0x80 {
							continue
						}
						want := compoundAlikePairwise(a, b)
						require.Equal(t, want, compoundAlike(a, b), "%q / %q", a, b)
						tried++
						if want {
							alike++
						}
					}
				}
			}
		}
	}
	require.Greater(t, alike, 0)
	require.Greater(t, tried, alike)
}
