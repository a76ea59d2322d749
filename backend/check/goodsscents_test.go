package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A scent named after goods is the goods' name where the other name writes the goods by its last
// word (round82, names of no table); a scent the other name writes nothing of still differs.
func TestScentNamedAfterTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"baby powder lotion against powder lotion", "[순한성분] 베베숲 베이비 파우더 로션 200ml / 1개", "BEBESUP 파우더 로션 200ml", "", "", "", ""},
		{"baby powder words apart", "[땀띠케어] 세바메드 베이비 순한 파우더 100g / 1개", "sebamed 베이비 파우더 순한 100g", "", "", "", ""},
		{"scented goods without the scent", "섬유유연제 / 베이비파우더 2.5L", "섬유유연제 2.5L", order.Block, KindScent, "베이비파우더", ""},
		{"another scent", "섬유유연제 / 베이비파우더 2.5L", "섬유유연제 라벤더 2.5L", order.Block, KindScent, "베이비파우더", "라벤더"},
	})
}
