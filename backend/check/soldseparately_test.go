package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSoldSeparately: a part written with 별도 (sold separately) is left out of the box, against
// the same part written with 포함 (names of no table).
func TestSoldSeparately(t *testing.T) {
	runNameCases(t, []nameCase{
		{"포함 against 별도", "캠핑 랜턴 / 배터리 포함", "캠핑 랜턴 (배터리 별도), 1개", order.Block, KindBundle, "배터리 포함", "배터리 별도"},
		{"별도 glued against 포함", "접이식 카트 / 커버별도", "접이식 카트 커버 포함, 1개", order.Block, KindBundle, "커버별도", "커버 포함"},
		{"별도 on both sides", "접이식 카트 / 커버 별도", "접이식 카트 (커버 별도), 1개", "", "", "", ""},
	})
}
