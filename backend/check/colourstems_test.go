package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestColourWithoutItsSuffix: a colour written with 색 on one side and without it on the other is
// the same colour; another colour still differs (names of no table).
func TestColourWithoutItsSuffix(t *testing.T) {
	runNameCases(t, []nameCase{
		{"청백 against 청백색", "원예용 부직포 덮개 / 청백 2장", "원예 부직포 덮개 청백색, 2장", "", "", "", ""},
		{"청백 against 청백색 and another colour", "원예용 부직포 덮개 / 청백 2장", "원예 부직포 덮개 청백색 노랑, 2장", order.Block, KindColor, "", "청백색, 노랑"},
	})
}
