package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestWholeInchMarks: a whole number before an inch mark (12") is inches, as 12인치 is, and
// compares with millimetres within the inch tolerance; two whole numbers of inches that differ
// are two sizes however close (names of no table).
func TestWholeInchMarks(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a clamp in inches against millimetres", "바 클램프 / 24\"", "바 클램프 600mm, 1개", "", "", "", ""},
		{"a wheel in inches against 인치", "알로이 휠 17\" / 1개", "알로이 휠 17인치, 1개", "", "", "", ""},
		{"another clamp length", "바 클램프 / 24\"", "바 클램프 900mm, 1개", order.Block, KindLength, "24\"", "900mm"},
		{"two whole inches one apart", "리커브 림 / 66인치", "리커브 림 68\", 1개", order.Block, KindLength, "66인치", "68\""},
		{"a code before the mark stays a code", "모니터 암 / A24\"", "모니터 암 A24\", 1개", "", "", "", ""},
	})
}
