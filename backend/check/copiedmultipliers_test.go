package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A bare multiplier token that the catalogue copies from the seller's product name (X10 arrows,
// X9 oil) is a model word, not a count: read by neither name, the option's count decides; a real
// difference of count is still caught.
func TestCopiedMultiplierIsAModelWord(t *testing.T) {
	for _, tc := range []struct {
		reg, exp string
		match    bool
	}{
		{"이스턴 X10 화살 샤프트 / 스파인 550 6개", "이스턴 X10 화살 샤프트 / 스파인 550 6개", true},
		{"이스턴 X10 화살 / 6개", "이스턴 X10 화살, 6개", true},
		{"블루라인 X5 낚싯줄 / 150m 2개", "BLUELINE X5 낚싯줄 150m, 2개", true},
		{"이스턴 X10 화살 / 6개", "이스턴 X10 화살, 12개", false},
		// an asterisk is a times sign to the tokeniser, so *20 glued is the same model word as X20:
		// a fuzzer's find, where a name did not match itself (1개 ↔ 20개)
		{"*20 / 1*00", "*20 / 1*00", true},
		{"상품 *20 / 2*00", "상품 *20 / 2*00", true},
	} {
		got := CompareNames(tc.reg, tc.exp)
		assert.Equal(t, tc.match, got.Match, "%s | %s: %+v", tc.reg, tc.exp, got.Differences)
	}
}
