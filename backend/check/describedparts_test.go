package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A title that counts a part of the goods (서랍 3개, 기포 2개) describes them; a count in the option,
// or a count the catalogue writes otherwise, is still read.
func TestDescribedPartCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"drawers of a cabinet", "원목 협탁 침대 사이드테이블 서랍 3개 / 화이트", "원목 협탁 화이트", "", "", "", ""},
		{"vials of a level", "마그네틱 수평계 현장용 기포관 2개 / 300mm", "자석 수평계 30cm", "", "", "", ""},
		{"a count in the option", "원목 협탁 사이드테이블 / 화이트 서랍 3개", "원목 협탁 화이트", order.Block, KindCount, "3개", "1개(표기 없음)"},
		{"two cabinets", "원목 협탁 침대 사이드테이블 서랍 3개 / 화이트", "원목 협탁 화이트, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
	})
}
