package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestWattFractions: a resistor's 1/4W is 0.25W and 1/2W is 0.5W (names of no table); two
// ratings written with a slash (5W/10W) are not a fraction.
func TestWattFractions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"1/4W is 0.25W", "탄소피막 저항 / 1/4W 220옴 50개", "탄소피막 저항 220옴 0.25W, 50개", "", "", "", ""},
		{"1/2W against 0.25W", "탄소피막 저항 / 1/2W 220옴 50개", "탄소피막 저항 220옴 0.25W, 50개", order.Block, KindWatt, "1/2W", "0.25W"},
	})
}
