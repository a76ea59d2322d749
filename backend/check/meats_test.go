package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMeatsAndCuts: meats, fish stocks and cuts in either register or script; another meat or cut
// differs (names of no table).
func TestMeatsAndCuts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"chicken breast in Latin letters", "허닭 닭가슴살 스테이크 / 100g 10팩", "허닭 chicken breast 스테이크 100g 10팩", "", "", "", ""},
		{"chicken breast as a loanword written apart", "아임닭 닭가슴살 / 100g", "아임닭 치킨 가슴살 100g", "", "", "", ""},
		{"a breast against a thigh still differs", "아임닭 닭가슴살 / 100g", "아임닭 닭다리살 100g", order.Block, KindGoods, "닭가슴살", ""},
		{"beef against chicken", "아이꼬야 진밥 / 소고기 200g", "아이꼬야 진밥 닭고기 200g", order.Block, KindVariety, "소고기", "닭고기"},
		{"beef in two registers", "아이꼬야 진밥 / 소고기 200g", "아이꼬야 진밥 쇠고기 200g", "", "", "", ""},
		{"anchovy stock is not beef stock", "다담 육수 / 쇠고기 1kg", "다담 육수 멸치 1kg", order.Block, KindVariety, "쇠고기", "멸치"},
	})
}
