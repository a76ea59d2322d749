package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 로우슈거, 리듀스드 슈가 and 당 줄인 are spellings of 저당 (round70, names of no table); sugar-free
// and zero lines are still other goods.
func TestLowSugarSpellings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"low sugar ketchup", "오뚜기 토마토 케챂 로우슈거 / 500g", "오뚜기 저당 케챂, 500g", "", "", "", ""},
		{"reduced sugar granola", "저당 그래놀라 / 500g", "리듀스드 슈거 그래놀라 500g", "", "", "", ""},
		{"sugar cut jam", "당 줄인 딸기잼 / 300g", "저당 딸기잼 300g", "", "", "", ""},
		{"sugar free granola", "리듀스드 슈거 그래놀라 / 500g", "무설탕 그래놀라 500g", order.Block, KindFlavor, "리듀스드 슈거", "무설탕"},
		{"zero jam", "로우슈가 딸기잼 / 300g", "제로슈가 딸기잼 300g", order.Block, KindFlavor, "로우슈가", "제로슈가"},
	})
}
