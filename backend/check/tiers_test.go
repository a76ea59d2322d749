package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTiersStepsAndCompartments: tiers, steps and compartments (단, 층, step, 칸, 구) are one unit;
// another number or a number on one side only differs, one tier said on one side is what a name
// says when it says nothing (names of no table).
func TestTiersStepsAndCompartments(t *testing.T) {
	runNameCases(t, []nameCase{
		{"compartments as 칸 and 구", "분리수거함 / 3칸", "분리수거함 3구", "", "", "", ""},
		{"tiers as 단 and 층", "수납 선반 / 4단 화이트", "수납 선반 4층 화이트", "", "", "", ""},
		{"steps in English", "수납 선반 / 4단 화이트", "수납 선반 4 step 화이트", "", "", "", ""},
		{"other tiers", "수납 선반 / 4단 화이트", "수납 선반 3단 화이트", order.Block, KindUnit, "4단", "3단"},
		{"tiers on one side only", "수납 선반 / 4단 화이트", "수납 선반 화이트", order.Block, KindUnit, "4단", ""},
		{"one tier on one side is what a name says when it says nothing", "수납 선반 / 화이트", "수납 선반 1단 화이트", "", "", "", ""},
		{"a ladder of three steps is one ladder", "사다리 / 3단", "사다리 3스텝, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
		// the tiers of a stacked case are its compartments (round82, names of no table)
		{"stacked case in tiers against compartments", "[휴대용] 베베쿡 이유식 보관함 4단 / 화이트", "BEBECOOK 이유식 보관함 4칸, 화이트", "", "", "", ""},
		{"compartments against tiers", "스텐 도시락 3칸 / 1개", "스테인리스 도시락 3단", "", "", "", ""},
		{"tiers against other compartments", "[휴대용] 베베쿡 이유식 보관함 4단 / 화이트", "BEBECOOK 이유식 보관함 3칸, 화이트", order.Block, KindUnit, "4단", "3칸"},
	})
}
