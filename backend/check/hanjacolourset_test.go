package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrimLetterBesideAColour: a seller's option that names a colour and the trim in its
// one-syllable letter (블랙 금장: black with gold trim) writes both colours of the other name's
// colourway (블랙/골드); before, the letter was read only when the option named no other colour.
// Another trim or another ground colour still differs. Names of no table.
func TestTrimLetterBesideAColour(t *testing.T) {
	for _, tc := range []struct {
		name, reg, exp string
		match          bool
	}{
		{"금장 beside white", "라미 사파리 만년필 / 화이트 금장 EF", "LAMY 사파리 만년필 화이트/골드 EF", true},
		{"은장 beside navy", "파카 조터 볼펜 / 네이비 은장", "PARKER 조터 볼펜 네이비/실버, 1개", true},
		{"금장 against silver", "파카 조터 볼펜 / 네이비 금장", "PARKER 조터 볼펜 네이비/실버, 1개", false},
		{"금장 with another ground", "라미 사파리 만년필 / 블랙 금장 EF", "LAMY 사파리 만년필 화이트/골드 EF", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.Equal(t, tc.match, got.Match, "%+v", got.Differences)
		})
	}
}
