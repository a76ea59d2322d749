package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTradeUnits: a tonne of firewood is 1000kg and a one-tonne tank holds 1000L; a 마 or a yard
// of fabric is about 91cm. Other amounts still ask for a look (names of no table).
func TestTradeUnits(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tonne of firewood", "캠핑 장작 참나무 / 1톤", "참나무 캠핑 장작 1000kg", "", "", "", ""},
		{"a two-tonne tank", "빗물 저장 물탱크 / 2톤", "빗물 물탱크 2000L, 1개", "", "", "", ""},
		{"three 마 of cotton", "면 광목 원단 / 3마", "광목 원단 270cm, 1개", "", "", "", ""},
		{"three 마 are not 180cm", "면 광목 원단 / 3마", "광목 원단 180cm, 1개", order.Warn, KindUnit, "3마", "180cm"},
		{"a tonne is not 500L", "빗물 저장 물탱크 / 1톤", "빗물 물탱크 500L, 1개", order.Warn, KindUnit, "1톤", "500L"},
	})
}
