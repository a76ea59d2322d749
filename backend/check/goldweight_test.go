package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGoldWeightUnits: 돈 and 냥, the units gold and silver are sold by (1돈 = 3.75 g, 1냥 =
// 37.5 g), read against grams (names of no table).
func TestGoldWeightUnits(t *testing.T) {
	runNameCases(t, []nameCase{
		{"1돈 is 3.75 g", "순금 돌반지 / 1돈", "순금 돌반지 3.75g, 1개", "", "", "", ""},
		{"1냥 is 37.5 g", "실버바 999 / 1냥", "실버바 37.5g, 1개", "", "", "", ""},
		{"2돈 against 3.75 g", "순금 팔찌 / 2돈", "순금 팔찌 3.75g, 1개", order.Block, KindWeight, "2돈", "3.75g"},
		{"1돈 against 1 g", "순금 카드 / 1돈", "순금 카드 1g, 1개", order.Block, KindWeight, "1돈", "1g"},
	})
}
