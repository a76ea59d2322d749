package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestKindsBesideCount: N종 beside a count of the pieces (4종, 20개입) says how the pieces are
// mixed, not packs of them; other pieces, or a set of kinds against one item, still differ (names
// of no table).
func TestKindsBesideCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{"bits of four kinds", "드라이버 비트 / 20개", "드라이버 비트 4종, 20개입", "", "", "", ""},
		{"hairpins of three kinds", "똑딱 헤어핀 / 12개", "똑딱 헤어핀 3종, 12개입", "", "", "", ""},
		{"other pieces", "똑딱 헤어핀 / 12개", "똑딱 헤어핀 3종, 24개입", order.Block, KindCount, "12개", "72개"},
		{"a set of kinds against one item", "아크릴 키링 / 1개", "아크릴 키링 2종 세트, 1세트", order.Block, KindCount, "1개", "2개"},
	})
}
