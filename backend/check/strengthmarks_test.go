package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestStrengthMarks: 2X written before a dose or a product word is the goods' strength, read alike
// on both sides; a multiplier of a count still counts, and another strength still blocks.
func TestStrengthMarks(t *testing.T) {
	tests := []struct {
		reg, exp string
		match    bool
	}{
		{"닥터스베스트 코큐텐 3X 200mg 고함량 / 60캡슐", "닥터스베스트 코큐텐 3X 200mg 고함량 / 60캡슐", true},
		{"솔가 비타민D 2X 1000IU 츄어블 / 90정", "솔가 비타민D 2X 1000IU 츄어블 / 90정", true},
		{"닥터스베스트 코큐텐 3X 200mg / 60캡슐", "닥터스베스트 코큐텐 3X 200mg, 60캡슐, 1개", true},
		{"닥터스베스트 코큐텐 3X 200mg / 60캡슐", "닥터스베스트 코큐텐 1X 200mg, 60캡슐, 1개", false}, // another strength
		{"닥터스베스트 코큐텐 200mg / 60캡슐 x 2", "닥터스베스트 코큐텐 200mg, 60캡슐, 1개", false},   // two bottles
		{"제주 삼다수 2x500ml", "제주 삼다수 500ml", false},                              // two bottles
		// before what a pack holds, not a dose, 2X is still two packs (review77, names of no table)
		{"코카콜라 2X 1.5L", "코카콜라 1.5L, 1개", false},
		{"데일리 샴푸 / 2X 500ml", "데일리 샴푸, 500ml, 1개", false},
		{"국산 찹쌀 / 2X 1kg", "국산 찹쌀, 1kg, 1개", false},
		{"데일리 샴푸 / 2X 500ml", "데일리 샴푸, 500ml, 2개", true},
		{"나우푸드 비타민B12 2X 1000mcg / 100정", "나우푸드 비타민B12 2X 1000mcg, 100정, 1개", true},
	}
	for _, tc := range tests {
		t.Run(tc.reg+"|"+tc.exp, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			require.Equal(t, tc.match, got.Match, "%+v", got.Differences)
			if !tc.match {
				assert.Equal(t, order.Block, got.Severity)
			}
		})
	}
}
