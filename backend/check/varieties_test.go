package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestVarieties: varieties of one goods (a condenser or dynamic microphone, a DVD or Blu-ray)
// differ; the variety said on one side is a description (names of no table).
func TestVarieties(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a condenser is not a dynamic microphone", "슈어 보컬 마이크 / 콘덴서 블랙", "SHURE 보컬 마이크 다이나믹 블랙", order.Block, KindVariety, "콘덴서", "다이나믹"},
		{"the pick-up said on one side is a description", "슈어 보컬 마이크 / 콘덴서 블랙", "SHURE 보컬 스튜디오 마이크 블랙", "", "", "", ""},
		{"a DVD is no Blu-ray", "센과 치히로의 행방불명 / DVD", "센과 치히로의 행방불명 블루레이", order.Block, KindVariety, "DVD", "블루레이"},
	})
}
