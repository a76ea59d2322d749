package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestEachOfTheSizes: 각 before a count after a list of sizes is that count of each size (S M L
// 각1쌍 is three pairs); another total still differs (names of no table).
func TestEachOfTheSizes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a pair of each of three sizes", "실리콘 이어팁 / S M L 각1쌍", "실리콘 이어팁 S/M/L, 3쌍", "", "", "", ""},
		{"two of each of two sizes", "스포츠 양말 / M L 각 2켤레", "스포츠 양말 M/L, 4켤레", "", "", "", ""},
		{"another total", "실리콘 이어팁 / S M L 각1쌍", "실리콘 이어팁 S/M/L, 2쌍", order.Block, KindCount, "3개", "2개"},
	})
}
