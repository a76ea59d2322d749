package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTallBoots: a tall boot (톨, tall) is a long boot, not a short one; written both ways it is
// one boot, and 톨 inside a longer word is not a boot's shaft (names of no table).
func TestTallBoots(t *testing.T) {
	runNameCases(t, []nameCase{
		{"tall against short", "락피쉬 여성 첼시 톨 레인부츠 / 네이비 235", "락피쉬 여성 첼시 숏 레인부츠 네이비, 235", order.Block, attrCut, "톨", "숏"},
		{"tall in Latin against short", "락피쉬 여성 첼시 tall 레인부츠 / 네이비 235", "락피쉬 여성 첼시 쇼트 레인부츠 네이비, 235", order.Block, attrCut, "tall", "쇼트"},
		{"tall against long", "락피쉬 여성 첼시 톨 레인부츠 / 네이비 235", "락피쉬 여성 첼시 롱 레인부츠 네이비, 235", "", "", "", ""},
		{"a tollgate word is no boot", "하이패스 톨게이트 단말기 / 블랙", "하이패스 단말기 블랙, 1개", "", "", "", ""},
	})
}
