package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestShadeGluedToItsFamily: a shade glued to its family colour (네이비블루, 와인레드, 올리브그린)
// is the shade, as the other name writes it alone; the family alone against another shade, or
// another colour, still differs (names of no table).
func TestShadeGluedToItsFamily(t *testing.T) {
	runNameCases(t, []nameCase{
		{"navy against navy blue", "라운드 니트 / 네이비 M", "라운드 니트 네이비블루 M, 1개", "", "", "", ""},
		{"wine against wine red", "캔버스 에코백 / 와인", "캔버스 에코백 와인레드, 1개", "", "", "", ""},
		{"olive against olive green", "방수 텐트 타프 / 올리브", "방수 타프 올리브그린, 1개", "", "", "", ""},
		{"navy against blue", "라운드 니트 / 네이비 M", "라운드 니트 블루 M, 1개", order.Block, KindColor, "네이비", "블루"},
		{"navy against wine red", "라운드 니트 / 네이비 M", "라운드 니트 와인레드 M, 1개", order.Block, KindColor, "네이비", "와인레드"},
	})
}
