package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Decks of cards (6덱) and pads of notes (12패드) are counted like packs: the count times the
// bundle is the catalogue's count, and another count still blocks (names of no table).
func TestDecksAndPadsCounted(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"타로 카드 / 3덱", "타로 카드 덱, 6개", 2, true},
		{"포스트잇 노트 / 5패드", "포스트잇 노트, 10개", 2, true},
		{"타로 카드 / 3덱 1박스", "타로 카드 3개", 1, true},
		{"타로 카드 / 3덱", "타로 카드 덱, 4개", 2, false},
		{"포스트잇 노트 / 1패드", "포스트잇 노트 6패드", 1, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}
