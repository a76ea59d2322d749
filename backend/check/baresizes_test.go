package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSizeWrittenAgainBare: a size the name writes with its unit and again bare (5x5cm … / 5x5)
// is that size, not packs; the packs the name states are still compared (names of no table).
func TestSizeWrittenAgainBare(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a pad's size repeated in the option", "부직포 습윤밴드 7x7cm 흡수패드 / 7x7 5팩", "부직포 습윤밴드 7x7cm, 5개", "", "", "", ""},
		{"a tile's size repeated in the option", "논슬립 타일 30 x 30cm 욕실용 / 30x30 4장", "논슬립 타일 30x30cm, 4장", "", "", "", ""},
		{"the packs still differ", "부직포 습윤밴드 7x7cm 흡수패드 / 7x7 5팩", "부직포 습윤밴드 7x7cm, 10개", order.Block, KindCount, "5개", "10개"},
		{"another size still differs", "부직포 습윤밴드 7x7cm 흡수패드 / 7x7 5팩", "부직포 습윤밴드 10x10cm, 5개", order.Block, KindLength, "7", "10"},
		{"a bare multiplier with no size beside it is packs", "부직포 습윤밴드 흡수패드 / 7x7", "부직포 습윤밴드, 7개", order.Block, KindCount, "49개", "7개"},
	})
}
