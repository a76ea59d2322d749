package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A taste adjective in the seller's title (고소한 맛, 진한맛) is praise also when both names write
// the goods' flavour besides (round70, names of no table); another flavour, or an adjective the
// catalogue answers with its own, still differs.
func TestPraiseBesideASharedFlavour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"rich chocolate milk", "[진한맛] 서울우유 초코 우유 / 200ml 24개", "서울우유 초코우유 200ml, 24개", "", "", "", ""},
		{"nutty corn tea", "고소한 맛 국산 옥수수차 티백 / 1.5g 100개", "국산 옥수수 차 1.5g, 100개", "", "", "", ""},
		{"another flavour", "[진한맛] 서울우유 초코 우유 / 200ml 24개", "서울우유 딸기우유 200ml, 24개", order.Block, KindFlavor, "진한맛, 초코", "딸기우유"},
		{"another adjective", "[진한맛] 서울우유 초코 우유 / 200ml 24개", "서울우유 부드러운맛 초코우유 200ml, 24개", order.Block, KindFlavor, "진한맛", "부드러운맛"},
	})
}
