package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestNumberWithAnotherUnitWord: tiers or a length one name writes, whose number the other name
// writes with a unit word of its own (5패턴, 6트레이, 13파이, 1.5SQ), are one value written two
// ways; another number still differs (names of no table).
func TestNumberWithAnotherUnitWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"settings of a spray gun", "원예 분무기 건 5단 / 1개", "원예 분무기 건 5패턴, 1개", "", "", "", ""},
		{"trays of a dryer", "과일 건조기 / 6단", "과일 건조기 6트레이", "", "", "", ""},
		{"a hose's diameter", "관수 호스 / 13mm 50m", "관수 호스 13파이 50m, 1개", "", "", "", ""},
		{"a cable's section", "VCTF 전선 / 1.5SQ 50m", "VCTF 전선 1.5mm² 50m, 1개", "", "", "", ""},
		{"other trays still differ", "과일 건조기 / 6단", "과일 건조기 10트레이", order.Block, KindUnit, "6단", ""},
		{"another diameter still differs", "관수 호스 / 13mm 50m", "관수 호스 16파이 50m, 1개", order.Block, KindLength, "13mm", "50m"},
	})
}
