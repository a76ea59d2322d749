package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPipeSizesInA: a nominal pipe size in A is a size in inches (15A = 1/2", 20A = 3/4",
// 25A = 1", 32A = 1-1/4", 40A = 1-1/2", 50A = 2") (names of no table).
func TestPipeSizesInA(t *testing.T) {
	runNameCases(t, []nameCase{
		{"20A is 3/4 inch", "황동 볼밸브 / 20A", "볼밸브 황동 3/4인치, 1개", "", "", "", ""},
		{"40A is 1-1/2 inch", "PVC 엘보 / 1-1/2인치 10개", "PVC 엘보 40A, 10개", "", "", "", ""},
		{"25A against 1/2 inch", "게이트밸브 / 1/2인치", "게이트밸브 25A, 1개", order.Block, KindLength, "1/2인치", "25A"},
		{"50A against 1-1/4 inch", "스텐 니플 / 50A", "스텐 니플 1-1/4인치, 1개", order.Block, KindLength, "50A", "1-1/4인치"},
	})
}
