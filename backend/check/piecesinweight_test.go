package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPiecesInWeight: a count of pieces written beside the weight of the whole pack (10미 500g,
// 약 30개 … 2kg, 8장 (960g)) is what is in the one pack the other name counts with the same
// weight; a count of packs, a count joined to the weight by a times sign, another weight or a
// count of two on the other side still differ (names of no table).
func TestPiecesInWeight(t *testing.T) {
	runNameCases(t, []nameCase{
		{"ten fish in one 500 g pack", "손질 고등어 순살 / 10미 500g", "손질 고등어 순살 500g, 1개", "", "", "", ""},
		{"about thirty pieces in two kilograms", "꿀약과 대용량 (약 30개) 벌크 / 2kg", "꿀 약과, 2000g, 1개", "", "", "", ""},
		{"eight patties in a 960 g box", "수제 함박스테이크 / 함박 8장 (960g)", "수제 함박 스테이크 960g, 1세트", "", "", "", ""},
		{"pieces written with 내외", "생물 오징어 / 1kg 5마리 내외", "생물 오징어 1kg", "", "", "", ""},
		{"two packs of the weight still differ", "손질 고등어 순살 / 10미 500g", "손질 고등어 순살 500g, 2개", order.Block, KindCount, "10개", "2개"},
		{"three tins times the weight are three tins", "산양분유 1단계 / 800g x 3통", "산양분유 1단계 800g, 1개", order.Block, KindCount, "3개", "1개"},
		{"another weight still differs", "손질 고등어 순살 / 10미 500g", "손질 고등어 순살 1kg, 1개", order.Block, KindCount, "10개", "1개"},
		{"bags of a weight are bags", "감자 전분 / 1kg 5봉", "감자 전분 1kg, 1개", order.Block, KindCount, "5개", "1개"},
	})
}
