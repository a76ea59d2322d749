package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The kinds a men's all-in-one's title lists describe the one all-in-one the other name also
// calls 올인원 (allinonekinds.go); in the option, against a name without 올인원 or against a kind
// the other name writes, they still differ (names of no table).
func TestAllInOneKinds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a lotion the all-in-one replaces", "라운드어라운드 포맨 올인원 남자 로션 대용량 / 150ml", "라운드어라운드 포맨 올인원, 150ml, 1개", "", "", "", ""},
		{"a skin and a toner the all-in-one replaces", "아이오페 맨 올인원 스킨 토너 남성 / 120ml", "아이오페 맨 올인원, 120ml, 1개", "", "", "", ""},
		{"the kind chosen in the option", "아이오페 맨 올인원 / 로션 120ml", "아이오페 맨 올인원, 120ml, 1개", order.Block, KindGoods, "로션", ""},
		{"no 올인원 in the seller's name", "라운드어라운드 포맨 남자 로션 / 150ml", "라운드어라운드 포맨 올인원, 150ml, 1개", order.Block, KindGoods, "로션", ""},
		{"the other name's own kind", "라운드어라운드 포맨 올인원 남자 로션 / 150ml", "라운드어라운드 포맨 올인원 스킨, 150ml, 1개", order.Block, KindGoods, "로션", "스킨"},
	})
}
