package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestDuckWrittenAsLoanword: pet food and baby food write duck meat 덕 or duck as often as 오리;
// another meat still differs, and 덕 inside a longer word is not duck (names of no table).
func TestDuckWrittenAsLoanword(t *testing.T) {
	runNameCases(t, []nameCase{
		{"duck jerky written 덕", "펫러버 강아지 져키 소포장 / 오리 100g", "펫러버 강아지 져키 덕, 100g, 1개", "", "", "", ""},
		{"duck written in Latin", "펫러버 고양이 파우치 / 오리 70g", "펫러버 고양이 파우치 duck, 70g, 1개", "", "", "", ""},
		{"duck against tuna", "펫러버 고양이 파우치 / 덕 70g", "펫러버 고양이 파우치 참치, 70g, 1개", order.Block, attrKind, "덕", "참치"},
	})
}
