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

// The seller's N권 is the volume a number after the title names in the other name (슬램덩크 /
// 3권 against 슬램덩크 3, 1권); another volume is still another book (names of no table).
func TestVolumeAfterTheTitle(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "volume three", reg: "슬램덩크 만화책 / 3권", exp: "SLAM DUNK 슬램덩크 3, 1권"},
		{name: "volume one", reg: "하이큐 만화책 / 1권", exp: "HAIKYU 하이큐 1, 1권"},
		{name: "another volume", reg: "하이큐 만화책 / 2권", exp: "HAIKYU 하이큐 1, 1권", severity: "block", kind: KindCount, r: "2개", e: "1개"},
	})
}
