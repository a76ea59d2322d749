package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPersonSetPieces: a count of pieces after N인조 is what the set holds, not N times it; N인조
// alone still counts the set's place settings (names of no table).
func TestPersonSetPieces(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a set for six of thirty pieces", "도자기 홈세트 / 6인 30P", "도자기 홈세트 6인조 30피스, 1세트", "", "", "", ""},
		{"place settings alone", "스텐 수저세트 / 5인조", "스텐 수저 세트 5개", "", "", "", ""},
		{"another number of pieces", "도자기 홈세트 / 6인 30P", "도자기 홈세트 4인조 20피스, 1세트", order.Block, KindCount, "30개", "20개"},
	})
}
