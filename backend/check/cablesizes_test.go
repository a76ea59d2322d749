package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCableCrossSection: a cable's cross-section in square millimetres (2.5SQ) is a measure: 2.0SQ
// and 2sq are one size, 1.5SQ and 2.5SQ two, and it is compared apart from the cable's length.
func TestCableCrossSection(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one size written with and without its decimal", "스피커 케이블 / 2.0SQ 10m", "스피커 케이블 2sq, 10m", "", "", "", ""},
		{"another size", "VCTF 전선 / 1.5SQ 2C 10m", "VCTF 2.5sq 2C, 10m", order.Block, KindUnit, "1.5SQ", "2.5sq"},
		{"the same size, another length", "VCTF 전선 / 1.5SQ 2C 10m", "VCTF 1.5sq 2C, 20m", order.Block, KindLength, "10m", "20m"},
	})
}
