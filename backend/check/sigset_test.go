package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSigSetKeys checks the first test of a sigSet: a name writing one of its words passes it,
// and a name writing none of the key bits does not.
func TestSigSetKeys(t *testing.T) {
	sets := map[string][]string{
		"initials": {"이니셜", "알파벳", "레터", "etter", "ETTER", "nitial", "NITIAL", "lphabet", "LPHABET"},
		"firmness": {"소프트", "soft", "Soft", "SOFT", "미디엄", "미디움", "medium", "Medium", "MEDIUM", "하드", "hard", "Hard", "HARD"},
		"model":    {"모델", "model", "Model", "MODEL"},
		"other":    {"×", "10/20"},
	}
	for name, ws := range sets {
		set := sigSetOf(ws...)
		for _, w := range ws {
			for _, in := range []string{w, "칫솔 " + w + " 2개", "X" + w} {
				s := sigOf(in)
				assert.True(t, s.mayWriteSome(&set), "%s: %q", name, in)
			}
		}
	}
	s := sigOf("칫솔 2개")
	firm := sigSetOf(sets["firmness"]...)
	assert.False(t, s.mayWriteSome(&firm))
	other := sigSetOf("×")
	assert.True(t, s.mayWriteSome(&other), "a word of other runes has no key: every name may write it")
}
