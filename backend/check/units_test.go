package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMeasuresInOtherUnits: a measure written in another unit, with its unit left out or rounded on
// a label is the same measure; another number is another measure, a thickness or a plug is still a
// length (names of no table).
func TestMeasuresInOtherUnits(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a measure's unit left out beside another measure", "요넥스 BG80 스트링 / 0.68mm 10m", "YONEX 요넥스 BG80 배드민턴 스트링 0.68 10M", "", "", "", ""},
		{"another number is still another measure", "요넥스 BG80 스트링 / 0.68mm 10m", "요넥스 BG80 스트링 0.70mm 10m", order.Block, KindLength, "0.68mm", "0.70mm"},
		{"ounces of a label rounded to a half", "우드윅 캔들 / 190g", "WoodWick 우드윅 캔들 6.5oz", "", "", "", ""},
		{"the next half ounce differs", "우드윅 캔들 / 190g", "우드윅 캔들 7oz", order.Block, KindWeight, "190g", "7oz"},
		{"a weight rounded down", "양반 전복죽 / 287g 6개", "동원 양반 전복죽 287.5g x 6캔", "", "", "", ""},
		{"a weight a gram off still differs", "양반 전복죽 / 287g 6개", "동원 양반 전복죽 288.5g x 6캔", order.Block, KindWeight, "287g", "288.5g"},
	})
}
