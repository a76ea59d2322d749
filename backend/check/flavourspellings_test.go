package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFlavourLoanwordSpellings: 데리야키 and teriyaki are 데리야끼 (names of no table).
func TestFlavourLoanwordSpellings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"데리야키 is 데리야끼", "치킨 스테이크 / 데리야끼 150g", "데리야키 치킨 스테이크 150g, 1개", "", "", "", ""},
		{"데리야키 against 갈릭", "치킨 스테이크 / 갈릭 150g", "데리야키 치킨 스테이크 150g, 1개", order.Block, KindFlavor, "갈릭", "데리야키"},
	})
}
