package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A number the option writes after the same word or number as a number of the title (아이폰 15 /
// 아이폰 14, 1:2 / 1:8) is the buyer's choice: against an exposed name that writes only the title's
// number it is another size. The same number, or an option number in another frame (a count of
// capsules beside a dose), says nothing (names of no table).
func TestOptionChosenNumbers(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a phone generation chosen in the option", "아이폰 15 케이스 / 아이폰 14", "아이폰 15 투명 케이스, 1개", order.Block, KindSize, "14", "15"},
		{"a splitter ratio chosen in the option", "HDMI 분배기 1:2 / 1:8", "HDMI 분배기 1x2, 1개", order.Block, KindSize, "8", "2"},
		{"the title's number chosen", "아이폰 15 케이스 / 아이폰 15", "아이폰 15 투명 케이스, 1개", "", "", "", ""},
		{"an option number in another frame", "코닥 컬러필름 200 / 135-36", "코닥 컬러필름 200 135 필름, 1롤", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"아이폰 15 케이스 / 아이폰 14", "아이폰 15 투명 케이스, 1개", "사이즈 14 ↔ 15"},
	})
}
