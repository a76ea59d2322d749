package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Sheets per pack and the packs a seller sells, in a bundle, against a catalogue name that counts
// the packs and no sheets: the packs times the bundle are the catalogue's count; another count,
// or a catalogue that writes other sheets, still blocks (names of no table).
func TestPacksOfSheetsInABundle(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"슬라이스치즈 / 270g 18매 1팩", "슬라이스 치즈, 270g, 2개", 2, true},
		{"김밥김 / 10매 x 2봉", "김밥김 20g, 6개", 3, true},
		{"슬라이스치즈 / 270g 18매 1팩", "슬라이스 치즈, 270g, 3개", 2, false},
		{"김밥김 / 10매 x 2봉", "김밥김 20g, 4개", 3, false},
		{"김밥김 / 10매 x 2봉", "김밥김 5매, 6개", 3, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}
