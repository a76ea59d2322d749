package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A taste named by its food with 맛 (쌀맛) is the food the other name writes alone (쌀).
func TestTasteNamedByItsFood(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "one-syllable food as the option", reg: "아이배냇 떡뻥 아기과자 / 쌀 30g", exp: "아이배냇 떡뻥 쌀맛, 30g"},
		{name: "with a description word beside it", reg: "아이배냇 쌀과자 유아간식 / 쌀 30g", exp: "아이배냇 쌀과자 쌀맛 30g"},
		{name: "another food still differs", reg: "아이배냇 쌀과자 / 현미 30g", exp: "아이배냇 쌀과자 쌀맛 30g",
			severity: order.Block, kind: attrKind, r: "현미", e: "쌀맛"},
	})
}
