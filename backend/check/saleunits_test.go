package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSaleUnits: a catalogue name's count is the number of sale units; what one unit holds,
// written only by the seller, is not compared with it (names of no table).
func TestSaleUnits(t *testing.T) {
	runNameCases(t, []nameCase{
		{"bags of six against the bags sold", "비비고 왕교자 만두 6입 / 2봉", "비비고 왕교자 만두, 2개", "", "", "", ""},
		{"per-pack count in the option", "동원 양반김 / 5g 8개입 x 3봉", "동원 양반김 5g, 3개", "", "", "", ""},
		{"a box of sixty restated in the option", "하리보 골드베렌 10g x 30개 / 30개입 1박스", "하리보 골드베렌, 10g, 30개", "", "", "", ""},
		{"other number of bags", "비비고 왕교자 만두 6입 / 2봉", "비비고 왕교자 만두, 3개", order.Block, KindCount, "12개", "3개"},
		{"the catalogue says what a unit holds", "비비고 왕교자 만두 6입 / 2봉", "비비고 왕교자 만두 10개입, 2개", order.Block, KindCount, "12개", "20개"},
		{"a pack of six alone is not a count of bags", "비비고 왕교자 만두 / 6입", "비비고 왕교자 만두, 2개", order.Block, KindCount, "6개", "2개"},
		{"the seller writes no contents, the catalogue does", "리얼테크닉스 스펀지 / 1개", "리얼테크닉스 스펀지 4개입, 1개", order.Block, KindCount, "1개", "4개"},
		{"a count of the product part beside the option's own", "멀티탭 4구 3m / 2개", "멀티탭 3m, 2개", "", "", "", ""},
		{"the option's own count differs", "멀티탭 4구 3m / 2개", "멀티탭 3m, 3개", order.Block, KindCount, "8개", "3개"},
	})
}

// TestPerPieceMeasure: what each piece weighs, times the pieces of a unit, is what the unit weighs.
func TestPerPieceMeasure(t *testing.T) {
	runNameCases(t, []nameCase{
		{"70g x 6 is 420g", "떡갈비 70g x 6개입 / 3봉", "떡갈비 420g, 3개", "", "", "", ""},
		{"a bracketed breakdown of the unit", "동그랑땡 420g (70gx6개) / 420g x 2봉", "동그랑땡, 420g, 2개", "", "", "", ""},
		{"another weight", "떡갈비 70g x 6개입 / 3봉", "떡갈비 500g, 3개", order.Block, KindWeight, "70g", "500g"},
	})
}
