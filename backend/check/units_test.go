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
		{"a rug in metres and with no unit", "한일 러그 / 133x190 그레이", "한일 러그 1.33 x 1.9m 그레이", "", "", "", ""},
		{"a blind in metres and centimetres", "블라인드 / 1.2 x 1.5m", "블라인드 120x150cm", "", "", "", ""},
		{"another size in metres", "한일 러그 / 133x190 그레이", "한일 러그 1.4 x 2m 그레이", order.Block, KindLength, "133, 190", "1.4, 2m"},
		{"the width of a roll left out", "현대시트 인테리어필름 / 우드 122cm x 1m", "현대시트 인테리어 필름 우드 1m", "", "", "", ""},
		{"another length of a roll", "현대시트 인테리어필름 / 우드 122cm x 1m", "현대시트 인테리어 필름 우드 2m", order.Block, KindLength, "122cm, 1m", "2m"},
		{"a plug said by one name", "보야 핀마이크 / 6m", "BOYA 핀마이크 6m 3.5mm", "", "", "", ""},
		{"two plugs still differ", "AUX 케이블 / 3.5mm 1m", "AUX 케이블 2.5mm 1m", order.Block, KindLength, "3.5mm", "2.5mm"},
		{"a thickness is still a length", "요가매트 / 3.5mm", "요가매트 6mm", order.Block, KindLength, "3.5mm", "6mm"},
	})
}
