package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestWineGoods: 와인 glued to the goods (와인오프너, 와인셀러) names what the goods are for, not a
// wine-red colour, as the lexicon reads 와인 only as a word of its own (exactOnly); a colour
// written as a word of its own still differs (names of no table).
func TestWineGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a wine opener against an opener", "스크류 와인오프너 / 블랙", "스크류 오프너 블랙, 1개", "", "", "", ""},
		{"a wine cellar against a cellar", "미니 와인셀러 / 8병", "미니 셀러 8병, 1개", "", "", "", ""},
		{"a wine-red opener against a black one", "스크류 오프너 / 와인", "스크류 오프너 블랙, 1개", order.Block, KindColor, "와인", "블랙"},
		{"a flavour glued to the goods still differs", "매운새우과자 / 90g", "새우과자 90g, 1개", order.Block, KindFlavor, "매운새우과자", "새우과자"},
	})
}
