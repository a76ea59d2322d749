package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompartmentsAreNoCount: 칸 counts the compartments of one item, as 단 counts its tiers: it
// does not multiply the count of items sold, and another number of compartments still differs
// (names of no table).
func TestCompartmentsAreNoCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{"compartments beside the trays sold", "실리콘 얼음틀 / 15칸 2개", "실리콘 얼음틀, 2개", "", "", "", ""},
		{"compartments in the title", "스텐 반찬통 3칸 / 4개", "스텐 반찬통, 4개", "", "", "", ""},
		{"other compartments", "실리콘 얼음틀 / 15칸 2개", "실리콘 얼음틀 24칸, 2개", order.Block, KindUnit, "15칸", "24칸"},
		{"other trays", "실리콘 얼음틀 / 15칸 2개", "실리콘 얼음틀 15칸, 3개", order.Block, KindCount, "2개", "3개"},
	})
}
