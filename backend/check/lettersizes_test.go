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
