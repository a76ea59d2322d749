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

// TestAbsentTasteBesideSharedFlavour: 무가당 in the seller's title beside a flavour both names
// write (플레인 요거트, 페퍼민트 껌) is praise as it is alone; against another flavour, or where the
// catalogue leaves a word of its own unexplained, it still differs (names of no table).
func TestAbsentTasteBesideSharedFlavour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"sugar-free beside plain yoghurt", "무가당 플레인 요거트 / 450g", "플레인 요거트 450g, 1개", "", "", "", ""},
		{"sugar-free beside a shared flavour", "무설탕 캔디 / 레몬 100g", "캔디 레몬, 100g, 1개", "", "", "", ""},
		{"against another flavour", "무가당 요거트 / 450g", "딸기 요거트 450g, 1개", order.Block, KindFlavor, "무가당", "딸기"},
		{"chosen in the option", "플레인 요거트 / 무가당 450g", "플레인 요거트 450g, 1개", order.Block, KindFlavor, "무가당", "요거트"},
	})
}
