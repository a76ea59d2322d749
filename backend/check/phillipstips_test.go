package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhillipsTipWrittenWithAPlus: a Phillips tip written PH2 by one name and +2 by the other is
// one tip, not a model code against the other name's code (a reading error: PH2 was read as a
// model code no other code explained); another tip number, or a Pozidriv tip (PZ2), is still a
// difference, and so is a tip against the +1 of a 1+1 offer (a count, no tip). Names of no table.
func TestPhillipsTipWrittenWithAPlus(t *testing.T) {
	for _, tc := range []struct {
		name, reg, exp string
		match          bool
	}{
		{"PH2 against +2", "임팩트 드라이버 비트 PH2 110mm / 10개", "양날 임팩트 비트 SB2110 +2x110, 10개", true},
		{"PH1 against +1", "정밀 드라이버 비트 PH1 / 50mm 5개", "정밀 비트 TB150 +1x50, 5개", true},
		{"PH2 against +1", "임팩트 드라이버 비트 PH2 110mm / 10개", "양날 임팩트 비트 SB2110 +1x110, 10개", false},
		{"PZ2 against +2", "임팩트 드라이버 비트 PZ2 110mm / 10개", "양날 임팩트 비트 SB2110 +2x110, 10개", false},
		{"PH1 against the +1 of a 1+1 offer", "임팩트 드라이버 비트 PH1 110mm / 1+1", "양날 임팩트 비트 SB2110 +2x110 1+1, 1개", false},
		{"PH1 and PH2 both beside a 1+1 offer", "드라이버 비트 PH1 / 1+1", "드라이버 비트 PH2 1+1, 1개", false},
		{"PH2 against +2 beside a 1+1 offer", "임팩트 드라이버 비트 PH2 110mm / 1+1", "양날 임팩트 비트 SB2110 +2x110 1+1, 1개", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.Equal(t, tc.match, got.Match, "%+v", got.Differences)
		})
	}
}
