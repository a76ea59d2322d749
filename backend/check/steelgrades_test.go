package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSteelGrades: a stainless grade after the steel word (스텐304) is the steel, not a size,
// against a name that writes no grade; two grades still differ (names of no table).
func TestSteelGrades(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a grade against none, beside a size", "스텐304 수세미 걸이 / 2단 400", "스테인리스 수세미 걸이 2단 40cm, 1개", "", "", "", ""},
		{"a grade spaced against none", "스텐 316 텀블러 / 500ml", "스테인리스 텀블러 500ml, 1개", "", "", "", ""},
		{"two grades", "스텐304 냄비 / 20cm", "스텐201 냄비 20cm, 1개", order.Block, KindSize, "304", "201"},
	})
}
