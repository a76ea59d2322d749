package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMultiplicityWordsCountParts: 듀얼, 더블 and 트리플 say how many of a part the goods have, as
// 2포트, 2구 and 3볼 do; against a count of whole goods they still differ (names of no table).
func TestMultiplicityWordsCountParts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"듀얼 against 2포트", "벨킨 차량용 충전기 듀얼 USB-C / 블랙", "벨킨 차량 충전기 USB-C 2포트, 블랙, 1개", "", "", "", ""},
		{"더블 against 2구", "아쿠아랜드 에어펌프 / 더블", "아쿠아랜드 더블 에어펌프 2구", "", "", "", ""},
		{"트리플 against 3헤드", "한빛 트리플 마사지건 / 화이트", "한빛 마사지건 3헤드 화이트, 1개", "", "", "", ""},
		{"듀얼 against 3포트", "벨킨 차량용 충전기 듀얼 USB-C / 블랙", "벨킨 차량 충전기 USB-C 3포트, 블랙, 1개", order.Block, KindVariant, "듀얼", ""},
		{"듀얼 against two chargers", "벨킨 차량용 충전기 듀얼 / 블랙", "벨킨 차량 충전기, 블랙, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
	})
}
