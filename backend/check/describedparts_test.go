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
		// the heads of a massage gun, counted before or after the word (round82, names of no table)
		{"heads counted before the word", "[6종헤드] 닥터웰 마사지건 미니 / 블랙", "Dr.WELL 미니 마사지건, 블랙", "", "", "", ""},
		{"heads counted after the word", "닥터웰 마사지건 미니 헤드 6종 / 블랙", "Dr.WELL 미니 마사지건, 블랙", "", "", "", ""},
	})
}

// A part the other name writes as a word of its own is the goods (플라스틱 서랍, 시트 포켓), so the
// title's count after it is how many come in the box (review69, names of no table).
func TestDescribedPartThatIsTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"drawers sold as drawers", "플라스틱 서랍 3개 / 화이트", "플라스틱 서랍 화이트, 1개", order.Block, KindCount, "3개", "1개"},
		{"seat pockets sold as pockets", "차량용 시트 포켓 2개 / 블랙", "차량용 시트 포켓 블랙, 1개", order.Block, KindCount, "2개", "1개"},
		{"hanging pockets", "벽걸이 수납 포켓 3개 / 베이지", "벽걸이 수납 포켓 베이지, 1개", order.Block, KindCount, "3개", "1개"},
		{"brush heads sold as heads", "전동칫솔 호환 교체 헤드 4개 / 화이트", "전동칫솔 호환 교체 헤드 화이트, 8개", order.Block, KindCount, "4개", "8개"},
		{"a drawer type is no drawer", "모니터 받침대 서랍 2개 / 블랙", "모니터 받침대 서랍형 블랙, 1개", "", "", "", ""},
	})
}
