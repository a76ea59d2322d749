package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Letter sizes spelled out — 미디움 and 엑스스몰 in Hangul, X-Large, X-L and XX-Large with a hyphen —
// are the sizes M, XS, XL and 2XL (lettersizes.go). Names of no table.
func TestLetterSizesSpelledOut(t *testing.T) {
	runNameCases(t, []nameCase{
		{"미디움 is M", "요가 레깅스 하이웨이스트 / M 블랙", "요가 레깅스 미디움 블랙, 1개", "", "", "", ""},
		{"엑스스몰 is XS", "니트릴 장갑 파우더프리 / XS 100매", "니트릴 장갑 엑스스몰, 100매", "", "", "", ""},
		{"X-Large is XL", "챔피온 리버스위브 후드티 / XL 그레이", "Champion 후드티 X-Large 그레이", "", "", "", ""},
		{"XX-Large is 2XL", "아디다스 트레이닝 팬츠 / 2XL", "adidas 트레이닝 팬츠 XX-Large, 1개", "", "", "", ""},
		{"미디움 against large", "티셔츠 / 미디움", "티셔츠 라지, 1개", order.Block, KindSize, "미디움", "라지"},
		{"X-Large against L", "후드티 / X-Large", "후드티 L, 1개", order.Block, KindSize, "X-Large", "L"},
		{"X-L against XX-Large", "후드티 / X-L", "후드티 XX-Large, 1개", order.Block, KindSize, "X-L", "XX-Large"},
		{"엑스스몰 against S", "장갑 / 엑스스몰", "장갑 S, 1개", order.Block, KindSize, "엑스스몰", "S"},
		{"medium alone is no size: a roast", "Medium Roast 원두 / 1kg", "Dark Roast 원두 1kg", order.Warn, KindWord, "Medium", "Dark"},
		{"x before another word", "X-Men 피규어 / 울버린", "엑스맨 피규어 울버린, 1개", "", "", "", ""},
	})
}

// 미디엄 or 미디움 before 로스트 is the roast of coffee, not the size M (review 42, names of no
// table): a medium roast against a dark one blocks, against 중배전 passes.
func TestMediumRoastIsNoSize(t *testing.T) {
	runNameCases(t, []nameCase{
		{"medium roast against dark roast", "스타벅스 하우스블렌드 원두 / 미디움 로스트 250g", "스타벅스 하우스블렌드 원두 다크 로스트 250g, 1개", order.Block, "roast", "미디움 로스트", "다크 로스트"},
		{"미디엄 against dark", "콜롬비아 수프리모 원두 / 미디엄 로스트 1kg", "콜롬비아 수프리모 원두 다크 로스트 1kg, 1개", order.Block, "roast", "미디엄 로스트", "다크 로스트"},
		{"미디움 and 미디엄 roast", "스타벅스 하우스블렌드 원두 / 미디움 로스트 250g", "스타벅스 하우스블렌드 원두 미디엄 로스트 250g, 1개", "", "", "", ""},
		{"medium roast is 중배전", "콜롬비아 수프리모 원두 / 미디움 로스트 1kg", "콜롬비아 수프리모 원두 중배전 1kg, 1개", "", "", "", ""},
		{"미디움 alone is still M", "요가 레깅스 / 미디움", "요가 레깅스 M, 1개", "", "", "", ""},
	})
}
