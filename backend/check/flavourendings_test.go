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
