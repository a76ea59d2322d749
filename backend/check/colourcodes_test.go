package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestColourCodeBK: BK, the trade's code for black, written as a word of its own (names of no table).
func TestColourCodeBK(t *testing.T) {
	runNameCases(t, []nameCase{
		{"BK is black", "브리츠 블루투스 스피커 BZ-M100 / 블랙", "Britz BZ-M100 블루투스 스피커 BK, 1개", "", "", "", ""},
		{"BK is not white", "브리츠 블루투스 스피커 BZ-M100 / 화이트", "Britz BZ-M100 블루투스 스피커 BK, 1개", order.Block, KindColor, "화이트", "BK"},
	})
}
