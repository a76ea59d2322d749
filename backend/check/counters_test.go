package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPlantAndHeadCounters: 주 counts plants and 두 counts heads, like 개 and 구; weeks and
// anniversaries (주년, 주분) are no count (names of no table).
func TestPlantAndHeadCounters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"plants counted in 주", "왕대추나무 묘목 / 4주", "왕대추 나무 묘목 접목, 4개", "", "", "", ""},
		{"plants counted in 주 that differ", "왕대추나무 묘목 / 4주", "왕대추 나무 묘목 접목, 2개", order.Block, KindCount, "4개", "2개"},
		{"heads counted in 두", "스프링클러 헤드 / 3두", "스프링클러 헤드 3구, 1개", "", "", "", ""},
		{"heads counted in 두 that differ", "스프링클러 헤드 / 3두", "스프링클러 헤드 5구, 1개", order.Block, KindCount, "3개", "5개"},
		{"an anniversary is no count", "레고 30주년 에디션 / 1개", "LEGO 30주년 기념 에디션, 1개", "", "", "", ""},
	})
}
