package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A catalogue name that repeats the option's count of several in a bundle counts half the goods;
// the same names with the count multiplied, or a single pack, still match.
func TestBundleRepeatsOptionCount(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"해피 물티슈 / 30매 6팩", "해피 물티슈 30매, 6개", 2, false},
		{"바른 현미 누룽지 / 3봉", "바른 현미 누룽지 300g, 3개", 3, false},
		{"바른 현미 누룽지 / 3봉", "바른 현미 누룽지 300g, 9개", 3, true},
		{"해피 물티슈 / 30매 6팩", "해피 물티슈 30매, 12개", 2, true},
		{"바른 현미 누룽지 / 1봉", "바른 현미 누룽지 300g, 1개", 4, true},
		{"해피 물티슈 / 30매 6팩", "해피 물티슈 30매, 6개", 1, true},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}
