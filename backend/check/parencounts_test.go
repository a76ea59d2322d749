package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCountRestatedInParentheses: a count followed by the same quantity in parentheses (10개(5쌍),
// 20매(20장)) is one quantity, not their product; another quantity still differs (names of no
// table).
func TestCountRestatedInParentheses(t *testing.T) {
	runNameCases(t, []nameCase{
		{"pieces restated as pairs", "실리콘 발가락 보호대 / 3쌍", "실리콘 발가락 보호대 6개(3쌍), 1개", "", "", "", ""},
		{"pairs against the pieces", "실리콘 발가락 보호대 / 6개", "실리콘 발가락 보호대 6개(3쌍), 1개", "", "", "", ""},
		{"sheets restated", "흡착 스티커 / 20매", "흡착 스티커 20매(20장), 1개", "", "", "", ""},
		{"another number of pairs", "실리콘 발가락 보호대 / 4쌍", "실리콘 발가락 보호대 6개(3쌍), 1개", order.Block, KindCount, "4개", "3개"},
		{"a box of packs is still its packs", "물티슈 / 20팩", "물티슈 1박스(20팩)", "", "", "", ""},
	})
}
