package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestANSILumens: a projector's brightness in ANSI lumens, written 안시루멘, 안시 or ANSI, is
// one rating however it is spelled, and another number of it is another projector (names of no
// table).
func TestANSILumens(t *testing.T) {
	runNameCases(t, []nameCase{
		{"300 against 500 ANSI lumens", "미니 빔프로젝터 300안시루멘 / 화이트", "미니 빔프로젝터 500ANSI 화이트, 1개", order.Block, KindUnit, "300안시루멘", "500ANSI"},
		{"안시 against ANSI written apart", "빔프로젝터 300안시 / 1개", "빔프로젝터 500 ANSI 루멘, 1개", order.Block, KindUnit, "300안시", "500 ANSI"},
		{"안시 against ANSI, one number", "가정용 빔프로젝터 450안시 / 1개", "가정용 빔프로젝터 450ANSI, 1개", "", "", "", ""},
		{"ANSI루멘 against 안시루멘", "캠핑 빔프로젝터 200ANSI루멘 / 블랙", "캠핑 빔프로젝터 200안시루멘 블랙, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"미니 빔프로젝터 300안시루멘 / 화이트", "미니 빔프로젝터 500ANSI 화이트, 1개", "규격 300안시루멘 ↔ 500ANSI"},
	})
}
