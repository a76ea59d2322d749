package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSizeEndsCountRun: a size written with an x between a thickness in T and the sheets
// (12T 600x900 2장) ends the run of counts: the sheets are counted alone and the T is read as the
// thickness the other name writes in millimetres (names of no table).
func TestSizeEndsCountRun(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a board's thickness, size and sheets", "MDF 합판 / 12T 600x900 2장", "MDF 합판 12mm 600 x 900mm, 2장", "", "", "", ""},
		{"acrylic sheets", "투명 아크릴판 / 5T 300x400 3장", "투명 아크릴 판 5mm 300 x 400mm, 3장", "", "", "", ""},
		{"other sheets", "MDF 합판 / 12T 600x900 2장", "MDF 합판 12mm 600 x 900mm, 3장", order.Block, KindCount, "2개", "3개"},
		{"other size", "MDF 합판 / 12T 600x900 2장", "MDF 합판 12mm 450 x 900mm, 2장", order.Block, KindLength, "600", "450"},
	})
}
