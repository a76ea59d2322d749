package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A title that says the goods leave a scent or sugar out praises them (absenttastes.go); in the
// option, or against the other name's scent, it still differs.
func TestAbsentTastes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"no scent said in the title", "[무향] 대용량 바디로션 보습 / 500ml", "바디로션, 500ml, 1개", "", "", "", ""},
		{"no sugar said in the title", "코코아 파우더 무설탕 베이킹 / 250g", "코코아 파우더, 250g, 1개", "", "", "", ""},
		{"no scent chosen in the option", "바디로션 보습 / 무향 500ml", "바디로션, 500ml, 1개", order.Block, KindScent, "무향", ""},
		{"no scent against a scent", "[무향] 바디로션 보습 / 500ml", "바디로션 라벤더향, 500ml, 1개", order.Block, KindScent, "무향", "라벤더향"},
	})
}
