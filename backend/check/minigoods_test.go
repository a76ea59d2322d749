package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestMiniGluedToGoods: 미니 glued to the word of the goods (미니PC) names the kind of goods when
// both sides write that word, not a Mini model; the goods' own attributes still block, and a Mini model written
// apart from the goods (맥 미니) is still compared.
func TestMiniGluedToGoods(t *testing.T) {
	tests := []struct {
		reg, exp string
		match    bool
	}{
		{"미니포럼 UM790 PRO 7940HS 미니PC 가정용 / 32GB 1TB", "미니포럼 UM790 PRO 7940HS 미니PC 가정용 / 32GB 1TB", true},
		{"에이수스 NUC 14 PRO 155H 미니PC / 16GB", "에이수스 NUC 14 PRO 155H 미니PC 16GB", true},
		{"에이수스 NUC 14 PRO 155H 미니PC / 16GB", "에이수스 NUC 14 PRO 155H 미니PC 32GB", false},
		{"애플 맥 미니 M2 / 8GB 256GB", "애플 맥 M2 8GB 256GB", false},
		// against a name that writes no PC, 미니 is still the goods' size (review77, names of no table)
		{"미니PC / N100 16GB", "노트북, N100 16GB, 1개", false},
		{"미니PC / N100 16GB", "태블릿, N100 16GB, 1개", false},
		{"미니PC / N100 16GB", "데스크탑, N100 16GB, 1개", false},
		{"미니PC / N100 16GB", "미니PC, N100 16GB, 1개", true},
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

// TestMiniAfterCodeBothSides: 미니 right after a code or a value is read alike whichever side
// writes it — the name matches itself — and still not as a Mini model against the name without it.
func TestMiniAfterCodeBothSides(t *testing.T) {
	tests := []struct{ reg, exp string }{
		{"비링크 EQ12 N100 미니 / 16GB", "비링크 EQ12 N100 미니 / 16GB"},
		{"비링크 EQ12 MAX N100 미니", "비링크 EQ12 MAX N100 미니"},
		{"비링크 EQ12 MAX N100", "비링크 EQ12 MAX N100 미니"},
		{"비링크 EQ12 MAX N100 미니", "비링크 EQ12 MAX N100"},
	}
	for _, tc := range tests {
		t.Run(tc.reg+"|"+tc.exp, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.True(t, got.Match, "%+v", got.Differences)
		})
	}
}
