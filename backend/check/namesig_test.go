package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNameSigHoldsWhatNamesWrite: a name's signature never rules out a word the name writes —
// every word the rules look for, and every piece of every name of the tables — and rules out
// the words of the gates for most names.
func TestNameSigHoldsWhatNamesWrite(t *testing.T) {
	words := []string{"포함", "형", "홀", "호", "부", "M", "m", "X", "Z"}
	words = append(words, spareWords[:]...)
	ruledOut := 0
	var f folded
	for _, p := range loadNamePairs(t) {
		for _, name := range [2]string{p.registered, p.exposed} {
			foldInto(&f, name)
			for _, w := range words {
				ws := sigOf(w)
				if strings.Contains(name, w) {
					require.True(t, f.says.mayWrite(&ws), "%q writes %q", name, w)
				} else if !f.says.mayWrite(&ws) {
					ruledOut++
				}
			}
			if hasCapital(name) {
				require.True(t, f.says.mayWriteCapital(), "%q writes a capital", name)
			}
			for i := 0; i < len(name); i++ {
				for j := i + 1; j <= len(name) && j <= i+12; j++ {
					ws := sigOf(name[i:j])
					require.True(t, f.says.mayWrite(&ws), "%q writes %q", name, name[i:j])
				}
			}
		}
	}
	require.Greater(t, ruledOut, 0)
	f.ungated = true
	foldInto(&f, "abc")
	require.Equal(t, allSig, f.says, "gates off: every bit set")
}
