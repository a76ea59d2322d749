package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Holes one name writes in 구 and the other in 홀 are the goods' holes, not a count multiplied
// with the order's count; another number of holes, or another count, still differs.
func TestHoleCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"ocarinas of six holes", "어린이 오카리나 6홀 / 핑크 10개", "어린이 6구 오카리나 핑크, 10개", "", "", "", ""},
		{"harmonicas of 24 holes", "하모니카 24홀 / 블루 2개", "하모니카 24구 블루, 2개", "", "", "", ""},
		{"another count", "어린이 오카리나 6홀 / 핑크 10개", "어린이 6구 오카리나 핑크, 5개", order.Block, KindCount, "10개", "5개"},
		{"another number of holes", "어린이 오카리나 6홀 / 핑크 10개", "어린이 8구 오카리나 핑크, 10개", order.Block, KindCount, "10개", "80개"},
	})
}
