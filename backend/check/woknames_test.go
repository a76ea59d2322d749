package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A Chinese pan (중화팬) is a wok, in Korean or in English (round82, names of no table); a frying
// pan is still another kind of pan.
func TestWokNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"chinese pan against wok", "[불맛] 해피콜 탄소강 중화팬 32cm / 1개", "HAPPYCALL 탄소강 웍 32cm", "", "", "", ""},
		{"wok in English", "해피콜 탄소강 중화팬 32cm / 1개", "HAPPYCALL carbon steel wok 32cm", "", "", "", ""},
		{"chinese pan against frying pan", "해피콜 탄소강 중화팬 32cm / 1개", "해피콜 탄소강 프라이팬 32cm", order.Block, KindGoods, "중화팬", "프라이팬"},
	})
}
