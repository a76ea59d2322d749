package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCountsHeld: a count before 수납 or 보관 is what a case or a rack holds, not a count of boxes;
// a count of boxes beside it, or against it, still compares (names of no table).
func TestCountsHeld(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a card case's capacity", "가죽 명함지갑 / 브라운 30매 수납", "가죽 명함 지갑 갈색", "", "", "", ""},
		{"a glasses case's capacity", "안경 케이스 6개 수납 / 블랙", "안경 정리함 블랙, 1개", "", "", "", ""},
		{"two boxes against one", "가죽 명함지갑 / 브라운 30매 수납", "가죽 명함 지갑 갈색, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
		{"a count not held", "가죽 명함지갑 / 브라운 30매", "가죽 명함 지갑 갈색", order.Block, KindCount, "30개", "1개(표기 없음)"},
	})
}
