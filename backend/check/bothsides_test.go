package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBothSidesJoinedByAPlus: 좌+우 is the pair 좌우 or 양쪽 names, not two sides against one;
// a side alone against both still differs (names of no table).
func TestBothSidesJoinedByAPlus(t *testing.T) {
	runNameCases(t, []nameCase{
		{"좌우 against 좌+우", "아반떼 AD 도어가드 카본 좌우 세트 / 카본 좌우", "아반떼AD 카본 도어가드, 좌+우 1세트", "", "", "", ""},
		{"양쪽 against 좌+우", "쏘나타 DN8 도어가드 / 양쪽", "쏘나타DN8 도어가드, 좌+우, 1세트", "", "", "", ""},
		{"좌 against 좌+우", "쏘나타 DN8 도어가드 / 좌", "쏘나타DN8 도어가드, 좌+우, 1세트", order.Block, KindSide, "좌", "우"},
	})
}
