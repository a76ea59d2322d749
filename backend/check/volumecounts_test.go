package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A volume written with its counter before a count of one (귀멸의 칼날 23권 1권) is the volume the
// other name writes bare (귀멸의 칼날 23, 1권), not 23 books; another volume or another count
// still blocks (names of no table).
func TestVolumeBeforeOneBook(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"귀멸의 칼날 만화책 / 23권 1권", "귀멸의 칼날 23, 1권", 1, true},
		{"슬램덩크 만화 / 12권 1권", "슬램덩크 12, 3권", 3, true},
		{"귀멸의 칼날 만화책 / 23권 1권", "귀멸의 칼날 23, 2권", 1, false},
		{"슬램덩크 만화 / 12권 1권", "슬램덩크 13, 3권", 3, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}
