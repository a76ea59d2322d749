package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A flavour written with another ending on the other side is the same flavour (flavourendings.go);
// a stem the other name does not write still differs.
func TestFlavourEndings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a taste against the smell of one stem", "목캔디 / 허브맛 80g", "목캔디 허브향 80g, 1개", "", "", "", ""},
		{"a smell against the taste of one stem", "고양이 덴탈 치약 바다참치향 / 70g", "고양이 덴탈 치약 바다참치맛 70g", "", "", "", ""},
		{"an adjective's taste against its stem", "전통 조미김 / 고소한맛 20봉", "전통 고소 조미김 20봉, 1개", "", "", "", ""},
		{"another adjective's taste against its stem", "국산콩 두유 / 담백한맛 190ml 24팩", "국산콩 담백 두유 190ml, 24개", "", "", "", ""},
		{"a taste against the smell of another stem", "목캔디 / 허브맛 80g", "목캔디 레몬향 80g, 1개", order.Block, KindFlavor, "허브맛", "레몬향"},
		{"an adjective's taste the other name does not write", "전통 조미김 / 고소한맛 20봉", "전통 조미김 20봉, 1개", order.Block, KindFlavor, "고소한맛", ""},
	})
}

// TestValueWrittenApartFromItsMarker: a scent or a flavour written apart from its marker (에이프릴 향,
// 매운 맛) is the same value; praise or a word of the goods before 향 is no scent (names of no table).
func TestValueWrittenApartFromItsMarker(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a scent written apart", "다우니 섬유유연제 / 에이프릴향 2L", "다우니 섬유유연제 에이프릴 향 2L", "", "", "", ""},
		{"a flavour written apart", "농심 새우깡 / 매운맛 90g", "농심 새우깡 매운 맛 90g", "", "", "", ""},
		{"a flavour written apart on one side only", "농심 새우깡 / 90g", "농심 새우깡 매운 맛 90g", order.Block, KindFlavor, "", "매운 맛"},
		{"no scent written as a negation", "피죤 섬유유연제 / 무향 2L", "피죤 섬유유연제 향 없음 2L", "", "", "", ""},
		{"two scents written apart", "피죤 섬유유연제 / 코튼 향 2L", "피죤 섬유유연제 라벤더 향 2L", order.Block, KindScent, "코튼 향", "라벤더 향"},
		{"praise before 향 is no scent", "피죤 섬유유연제 / 2L", "피죤 섬유유연제 은은한 향 2L", "", "", "", ""},
		{"a word of the goods before 향 is no scent", "피죤 섬유유연제 / 2L", "피죤 섬유유연제 향 2L", "", "", "", ""},
	})
}

// TestWordsEndingLikeAMarker: words ending in 향 that are no scent (방향, 음향); a scent marked the same
// way still reads (names of no table).
func TestWordsEndingLikeAMarker(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a direction is no scent", "자전거 자물쇠 / 블랙", "자전거 방향 다이얼 자물쇠 블랙", "", "", "", ""},
		{"sound is no scent", "블루투스 스피커 / 블랙", "블루투스 음향 스피커 블랙", "", "", "", ""},
		{"a scent marked the same way still reads", "섬유유연제 / 라벤더향 2L", "섬유유연제 자스민향 2L", order.Block, KindScent, "라벤더향", "자스민향"},
	})
}
