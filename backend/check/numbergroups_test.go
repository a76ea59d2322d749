package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestNumberGroups: a part number's digit groups written apart or together are one number, and
// two groups of as many numbers in another order are other goods (names of no table).
func TestNumberGroups(t *testing.T) {
	runNameCases(t, []nameCase{
		{"hyphens against one number", "크니펙스 플라이어렌치 86-03-180 / 180mm", "KNIPEX 크니펙스 플라이어렌치 8603180 180mm, 1개", "", "", "", ""},
		{"spaces against one number", "크니펙스 니퍼 74 01 200 독일 / 200mm", "KNIPEX 니퍼 7401200 200mm, 1개", "", "", "", ""},
		{"two groups against one number", "WD 3-36 방청 윤활제 / 360ml", "WD 336 방청 윤활제 360ml, 1개", "", "", "", ""},
		{"the same group", "누리 복합비료 20-10-10 / 1kg", "누리 복합비료 20-10-10, 1kg, 1개", "", "", "", ""},
		{"the same numbers in another order", "누리 복합비료 20-10-10 / 1kg", "누리 복합비료 10-10-20, 1kg, 1개", order.Block, KindModel, "20-10-10", "10-10-20"},
	})
}
