package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestUsesAsSupply: 회분 counts the uses the goods hold, as 개월분 counts the months: a count of
// strips or sheets on one side only is how many make those uses, not a number of boxes; other
// uses or other boxes still differ (names of no table).
func TestUsesAsSupply(t *testing.T) {
	runNameCases(t, []nameCase{
		{"sheets beside the uses", "젤 네일 스티커 / 48매 (24회분)", "젤 네일 스티커, 24회분", "", "", "", ""},
		{"uses against sheets", "모공 코팩 / 12회분", "모공 코팩, 24매", "", "", "", ""},
		{"other uses", "모공 코팩 / 12회분", "모공 코팩, 24회분", order.Block, KindUnit, "12회분", "24회분"},
		{"other boxes", "모공 코팩 / 12회분 2박스", "모공 코팩 12회분, 3박스", order.Block, KindCount, "2개", "3개"},
	})
}
