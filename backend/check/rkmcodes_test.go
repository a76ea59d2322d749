package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestRKMResistanceCodes: a resistor's 4K7 is 4.7K and 2R2 is 2.2 (names of no table); another
// value still differs.
func TestRKMResistanceCodes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"2K2 is 2.2K", "금속피막 저항 / 2.2K 50개", "금속피막 저항 2K2, 50개", "", "", "", ""},
		{"3K3 against 4.7K", "금속피막 저항 / 4.7K 50개", "금속피막 저항 3K3, 50개", order.Warn, KindModel, "4.7K", "3K3"},
	})
}
