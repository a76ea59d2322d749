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

// TestUnsweetenedSpelledInLoanwords: 언스위트 (unsweetened) is 무가당 in a loanword, not a word of
// its own; against another flavour it still blocks (names of no table).
func TestUnsweetenedSpelledInLoanwords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"언스위트 against 무가당", "오트사이드 귀리음료 언스위트 / 190ml x 12팩", "오트사이드 귀리 음료 무가당, 190ml, 12개", "", "", "", ""},
		{"unsweetened against 무가당", "오트사이드 귀리음료 Unsweetened / 190ml x 12팩", "오트사이드 귀리 음료 무가당, 190ml, 12개", "", "", "", ""},
		{"언스위트 against vanilla", "오트사이드 귀리음료 / 바닐라 190ml x 12팩", "오트사이드 귀리 음료 언스위트, 190ml, 12개", order.Block, KindFlavor, "바닐라", "언스위트"},
	})
}
