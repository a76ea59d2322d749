package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A title that praises the goods' taste or smell with an adjective in 한 describes them
// (describingtastes.go); in the option, or against a taste the other name writes, it still differs.
func TestDescribingTastes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a rich scent praised in the title", "들기름 국산 깊고 진한 향 / 300ml 2개", "들기름, 300ml, 2개", "", "", "", ""},
		{"a nutty taste praised in the title", "[고소한맛] 볶음 참깨 통깨 / 1kg", "볶음 참깨, 1kg, 1개", "", "", "", ""},
		{"a sweet taste praised in the title", "수제 버터 쿠키 달콤한 맛 간식 / 200g", "수제 버터 쿠키, 200g, 1개", "", "", "", ""},
		{"a fresh smell praised in the title", "섬유유연제 상쾌한 향 대용량 / 3L", "섬유유연제, 3L, 1개", "", "", "", ""},
		{"a mild lotion praised in the title", "베이비 수딩 로션 신생아 순한 로션 / 400ml", "베이비 수딩 로션, 400ml, 1개", "", "", "", ""},
		{"praise and no sugar in the title", "국산 검은콩 두유 무가당 진한맛 / 190ml 16개", "국산 검은콩 두유, 190ml, 16개", "", "", "", ""},
		{"a mild taste chosen in the option", "3분 카레 / 순한맛 200g", "3분 카레, 200g, 1개", order.Block, KindFlavor, "순한맛", ""},
		{"a rich taste against a nutty one", "들기름 진한맛 / 300ml", "들기름 고소한맛, 300ml, 1개", order.Block, KindFlavor, "진한맛", "고소한맛"},
		{"a plain taste against a sweet one", "두유 담백한맛 / 190ml 24개", "두유 달콤한맛, 190ml, 24개", order.Block, KindFlavor, "담백한맛", "달콤한맛"},
		{"a fresh smell against lavender", "섬유유연제 상쾌한 향 / 3L", "섬유유연제 라벤더향, 3L, 1개", order.Block, KindScent, "상쾌한 향", "라벤더향"},
		{"a mild ramen named in the title", "오뚜기 진라면 순한맛 / 5개", "오뚜기 진라면, 5개", order.Block, KindFlavor, "순한맛", ""},
		{"a hot tteokbokki named in the title", "떡볶이 밀키트 매콤한맛 / 2인분", "떡볶이 밀키트, 2인분", order.Block, KindFlavor, "매콤한맛", ""},
		{"a plain taste praised before the goods", "담백한 두부과자 / 10개", "두부과자, 10개", "", "", "", ""},
		{"praise does not hide another kind", "아기 보습 로션 순한 / 300ml", "아기 보습 크림, 300ml, 1개", order.Block, KindGoods, "로션", ""},
	})
}
