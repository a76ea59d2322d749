package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBlancAndPinkGold: 블랑 (the French blanc) is white and 핑크골드 the trade's other name of rose
// gold; 블랑 inside a longer word (몽블랑) is no colour, and another colour still differs (names of
// no table).
func TestBlancAndPinkGold(t *testing.T) {
	runNameCases(t, []nameCase{
		{"blanc against white", "면 자수실 8번사 / 블랑", "면 자수실 8번사 화이트, 1개", "", "", "", ""},
		{"pink gold against rose gold", "메탈 시계줄 20mm / 핑크골드", "메탈 시계줄 20mm 로즈골드, 1개", "", "", "", ""},
		{"a brand that ends in blanc", "몽블랑 병잉크 / 미드나잇블루", "MONTBLANC 병잉크 미드나잇블루, 1개", "", "", "", ""},
		{"blanc against black", "면 자수실 8번사 / 블랑", "면 자수실 8번사 블랙, 1개", order.Block, KindColor, "블랑", "블랙"},
		{"pink gold against silver", "메탈 시계줄 20mm / 핑크골드", "메탈 시계줄 20mm 실버, 1개", order.Block, KindColor, "핑크골드", "실버"},
	})
}
