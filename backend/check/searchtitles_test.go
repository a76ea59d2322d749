package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestValuesOfASearchTitle: a flavour, scent, kind or colour only the seller's title states,
// among two or more other title words the catalogue name does not write, is a search word as
// likely as the buyer's choice: 확인 필요. In the option, in a title the catalogue name otherwise
// accounts for, or beside a typed conflict, it blocks as before (names of no table).
func TestValuesOfASearchTitle(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a use among search words", "바베큐 그릴 석쇠 철망 캠핑 / 대형", "석쇠 대형, 1개", "", "", "", ""}, // no difference since searchwordvalues.go
		{"one other word is no search title", "주방 원목 꿀 스푼 디퍼 / 1개", "원목 디퍼, 1개", order.Block, KindFlavor, "꿀", ""},
		{"a title the catalogue accounts for", "오뚜기 진라면 매운맛 / 5개입", "오뚜기 진라면, 5개", order.Block, KindFlavor, "매운맛", ""},
		{"marketing words are no search words", "녹차 티백 선물 세트 명절 / 20개입", "티백 선물세트, 20개", order.Block, KindFlavor, "녹차", ""},
		{"the value in the option", "캠핑 그릴 석쇠 철망 / 바베큐 대형", "석쇠 대형, 1개", order.Block, KindFlavor, "바베큐", ""},
		{"another typed conflict still blocks", "캠핑 바베큐 그릴 석쇠 철망 / 대형", "석쇠 소형, 1개", order.Block, KindSize, "대형", "소형"},
	})
}

// TestSearchTitleAgainstAnotherWord (review 33, names of no table): a value only a search title
// states still blocks when the catalogue name writes a word of its own the check does not read
// (쿠키앤크림, 카카오닙스: another flavour); a catalogue that names nothing else, or only its maker
// first, still gets a look.
func TestSearchTitleAgainstAnotherWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"another flavour the check does not list", "단백질 쉐이크 초코 헬스 다이어트 식단 / 1kg", "프로틴 쉐이크 쿠키앤크림, 1kg", order.Block, KindFlavor, "초코", ""},
		{"a topping in the catalogue's place", "그래놀라 요거트 아침 식사대용 다이어트 / 500g", "그래놀라 카카오닙스, 500g", order.Block, KindFlavor, "요거트", ""},
		{"nothing else named", "원두커피 헤이즐넛 사무실 탕비실 / 1kg", "원두 커피 1kg, 1개", order.Warn, KindGoods, "헤이즐넛", ""},
		{"the maker first", "섬유유연제 라벤더 대용량 세탁 빨래 / 2.5L", "DOWNY 섬유유연제 2.5L, 1개", order.Warn, KindScent, "라벤더", ""},
	})
}
