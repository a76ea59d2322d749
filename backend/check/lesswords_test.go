package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLessIsNoFlavour: a listed flavour before the loanword -less (스모크리스: smokeless) says
// the goods are without it, not a flavour; the flavour written alone still counts (names of no
// table).
func TestLessIsNoFlavour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"smokeless grill against grill", "테팔 스모크리스 전기그릴 / 1개", "Tefal 전기그릴, 1개", "", "", "", ""},
		{"smokeless fire pit against fire pit", "캠프원 스모크리스 화로대 / 대형", "CAMPONE 화로대 대형, 1개", "", "", "", ""},
		{"a smoke flavour against another", "한빛 육포 / 스모크 100g", "한빛 육포 오리지널, 100g, 1개", order.Block, KindFlavor, "스모크", ""},
	})
}
