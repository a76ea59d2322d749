package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCodeStemWrittenByBoth: a bare number both names write (the 4 of SL 4-40) is no stem of a
// code one name says besides (4D); a bare number only the other name writes still is, and
// another code still differs (names of no table).
func TestCodeStemWrittenByBoth(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a feature beside a code both write", "신콘 레이저 레벨 SL 4-40 4D 수평계 / 그린", "신콘 SL 4-40 레이저 레벨 그린", "", "", "", ""},
		{"an ink's bare number still differs", "HP 952XL 잉크 / 블랙", "HP 952 잉크 블랙", order.Block, KindModel, "952XL", "952"},
		{"another feature still differs", "신콘 레이저 레벨 SL 4-40 4D 수평계 / 그린", "신콘 SL 4-40 2D 레이저 레벨 그린", order.Block, KindModel, "4D", "2D"},
	})
}
