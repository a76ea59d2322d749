package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTitleCountDescribesTheUnit: a count the seller writes only in the product title (a 3P
// plug, a 4-pin cable, a 6-pack sold as one), with an option that writes none, says what one unit
// is; the catalogue's closing count of sale units (", 1개") is then no other count. A plain count
// of pieces in the title, kinds of a set, a count the catalogue writes mid-name and an option's
// own count are still compared. Names of no table.
func TestTitleCountDescribesTheUnit(t *testing.T) {
	runNameCases(t, []nameCase{
		{"pieces of a set", "보쉬 목재 드릴 비트 세트 10P / 3-10mm", "보쉬 목재용 드릴 비트 세트 3-10mm, 1세트", "", "", "", ""},
		{"poles of a switch", "한일 스위치 2P / 20A", "한일 스위치 20A, 1개", "", "", "", ""},
		{"a multipack sold as one", "하이트 캔맥주 6팩 / 355ml", "하이트 캔맥주 355ml 묶음, 1세트", "", "", "", ""},
		{"a plain count of pieces in the title", "햇반 백미밥 24개 / 210g", "햇반 백미밥 210g, 1개", order.Block, KindCount, "24개", "1개"},
		{"kinds of a set", "테팔 프라이팬 3종 세트 / 20+24+28cm", "테팔 프라이팬 28cm, 1개", order.Block, KindCount, "3개", "1개"},
		{"one unit said mid-name", "토미카 미니카 5팩 / 랜덤", "토미카 미니카 1대 랜덤", order.Block, KindCount, "5개", "1개"},
		{"the option's own count", "한일 멀티탭 3P 접지 / 4구 1.5m 2개", "한일 접지 멀티탭 4구 1.5m, 1개", order.Block, KindCount, "24개", "4개"},
	})
}
