package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSameNumberCounter: a number written with a counter the matcher does not read as a count is
// the count of the other name that says the same number (24마디 against 24조각); a counter that says
// what the goods are (4인용, 4베이) never is, and another number still differs (names of no table).
func TestSameNumberCounter(t *testing.T) {
	runNameCases(t, []nameCase{
		{"12마디 against 12조각", "원목 기차 레일 / 12마디", "원목 기차 레일 12조각, 1개", "", "", "", ""},
		{"100발 in a box against 100pcs", "못 타카 / F30 1갑 100발", "F30 타카못 100pcs, 1개", "", "", "", ""},
		{"12마디 against 16조각", "원목 기차 레일 / 12마디", "원목 기차 레일 16조각, 1개", order.Block, KindCount, "1개(표기 없음)", "16개"},
		{"a 4-person tent is not four tents", "원터치 텐트 / 4인용", "원터치 텐트, 4개", order.Block, KindCount, "1개(표기 없음)", "4개"},
		{"a 2-bay NAS is not two drives", "NAS 서버 / 2TB x 2개 장착", "NAS 서버 2베이, 1개", order.Block, KindCount, "2개", "1개"},
	})
}
