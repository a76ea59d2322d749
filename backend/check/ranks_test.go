package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBoastedRank: a sales rank in a search title (판매 1위) is no measure of the goods and is not
// set against the other name's bare numbers; a rank both names write, and the measures beside a
// rank, still compare (after68, names of no table).
func TestBoastedRank(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a rank in a tag against a line number", "[판매 1위] 라운드랩 수분크림 / 80ml", "ROUND LAB 1025 독도 수분크림, 80ml, 1개", "", "", "", ""},
		{"a rank glued to its boast against a year", "아이깨끗해 핸드워시 판매1위 / 250ml", "아이깨끗해 핸드워시 2025 에디션 250ml, 1개", "", "", "", ""},
		{"two ranks still compare", "금도금 메달 3위 트로피 / 1개", "금도금 트로피 2위, 1개", order.Block, KindUnit, "3위", "2위"},
		{"the measure beside a rank still compares", "[판매 1위] 아이깨끗해 핸드워시 / 250ml", "아이깨끗해 핸드워시 490ml, 1개", order.Block, KindCapacity, "250ml", "490ml"},
	})
}
