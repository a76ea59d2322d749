package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSizeInFeetOrInches: two bare numbers multiplied (3x6, 4x8, 8x10) are a board's or a print's
// size when a name writes it in millimetres or centimetres, not a count of their product; without
// such a size, or against another count, they still count (names of no table).
func TestSizeInFeetOrInches(t *testing.T) {
	runNameCases(t, []nameCase{
		{"3x6 against 900x1800", "MDF 합판 900x1800 / 12mm 3장", "MDF 12mm 3x6, 3장", "", "", "", ""},
		{"4x8 feet against 1220x2440", "OSB 합판 1220x2440 / 11mm 2장", "OSB 합판 11mm 4x8, 2장", "", "", "", ""},
		{"4x6 inches against 10 x 15 cm", "포켓 사진앨범 / 4x6", "포켓 사진 앨범 10 x 15 cm, 1개", "", "", "", ""},
		{"3x6 sheets, three against two", "MDF 합판 900x1800 / 12mm 3장", "MDF 12mm 3x6, 2장", order.Block, KindCount, "3개", "2개"},
		{"4x6 against 13 x 18 cm", "포켓 사진앨범 / 4x6", "포켓 사진 앨범 13 x 18 cm, 1개", order.Block, KindCount, "24개", "1개"},
	})
}
