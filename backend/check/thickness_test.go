package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestThicknessBesideASheetSize: a thickness both names write (5T read as the 5mm the other
// writes) is not compared with the W x H size only one name writes; a size left out or named by
// its paper code (A1 = 594 x 841) is one-sided, and a paper code that is another size, another
// thickness or two different sizes still differ (names of no table).
func TestThicknessBesideASheetSize(t *testing.T) {
	runNameCases(t, []nameCase{
		{"A1 sheet, 5T against 5mm", "폼보드 5T A1 화이트 모형제작 / 10장", "우드락 폼보드 5mm 594 x 841mm 흰색, 10장", "", "", "", ""},
		{"A2 sheet in the option", "블랙 폼보드 5T / A2 10장", "폼보드 5mm 420 x 594mm 검정, 10장", "", "", "", ""},
		{"A3 sheet", "폼보드 5T 화이트 / A3 20장", "폼보드 5mm 297 x 420mm 흰색, 20장", "", "", "", ""},
		{"size left out", "폼보드 5T 화이트 / 20장", "폼보드 5mm 297 x 420mm 흰색, 20장", "", "", "", ""},
		{"thickness in mm on both sides", "폼보드 5mm A3 화이트 / 20장", "폼보드 5mm 297 x 420mm 흰색, 20장", "", "", "", ""},
		{"a paper code of another size", "폼보드 5T A4 화이트 / 20장", "폼보드 5mm 297 x 420mm 흰색, 20장", order.Block, KindLength, "5T", "297, 420mm"},
		{"another thickness", "폼보드 3mm A3 / 20장", "폼보드 5mm 297 x 420mm 흰색, 20장", order.Block, KindLength, "3mm", "5mm, 297, 420mm"},
		{"two sizes that differ", "폼보드 5T 600x900 / 10장", "폼보드 5mm 594 x 841mm, 10장", order.Block, KindLength, "600, 900", "594, 841mm"},
	})
}

// TestThicknessCodes: a thickness written as a code with a leading zero (005) is its decimal and
// its measure; another thickness differs (names of no table).
func TestThicknessCodes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a thickness code and its decimal", "라텍스 장갑 / 005 M", "라텍스 장갑 0.05 M", "", "", "", ""},
		{"a thickness code and its measure", "라텍스 장갑 / 0.05mm M", "라텍스 장갑 005 M", "", "", "", ""},
		{"another thickness", "라텍스 장갑 / 005 M", "라텍스 장갑 0.08 M", order.Block, KindSize, "005", "0.08"},
	})
}
