package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A number before T both names write beside counts of their own (포맥스 2T … 4장 against 2T, 4개)
// is no count sold, nor the bundle's 2: in a bundle of 2 the totals must still add up (names of
// no table).
func TestSharedLetterTIsNoCount(t *testing.T) {
	tests := []struct {
		name, reg, exp string
		bundle         int
		severity       order.Severity
	}{
		{"boards in a bundle against one pack's count", "포맥스 2T / 600x900mm 4장", "포맥스 2T 60x90cm, 4개", 2, order.Block},
		{"tea boxes in a bundle against one box's count", "녹차 티백 100T / 2개", "녹차 티백 100T, 2개", 2, order.Block},
		{"boards in a bundle that add up", "포맥스 2T / 600x900mm 4장", "포맥스 2T 60x90cm, 8개", 2, ""},
		{"tea boxes in a bundle that add up", "녹차 티백 100T / 2개", "녹차 티백 100T, 4개", 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareBundle(tc.reg, tc.exp, tc.bundle)
			assert.Equal(t, tc.severity, got.Severity, "%+v", got.Differences)
		})
	}
}
