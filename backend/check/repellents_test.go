package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMosquitoRepellentIsNoScent: a word ending in 모기향 names mosquito repellent goods, not a
// scent; a scent the goods are sold in still counts (names of no table).
func TestMosquitoRepellentIsNoScent(t *testing.T) {
	runNameCases(t, []nameCase{
		{"전자모기향 against the refill alone", "한빛 매트형 전자모기향 리필 / 30매", "한빛 매트 리필, 30매, 1개", "", "", "", ""},
		{"a scent against another", "한빛 액상모기향 리필 / 라벤더 1개", "한빛 액상모기향 리필 로즈, 1개", order.Block, KindScent, "라벤더", "로즈"},
	})
}
