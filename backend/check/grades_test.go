package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLetteredGrades: a grade code with a plus under another letter is another code (names of
// no table).
func TestLetteredGrades(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one number under two letters", "닛타쿠 탁구공 J40+ / 10개입", "닛타쿠 탁구공 S40+ 10개입, 1개", order.Block, KindGrade, "J40+", "S40+"},
		{"the same code in two cases", "닛타쿠 탁구공 J40+ / 10개입", "닛타쿠 탁구공 j40+ 10개입, 1개", "", "", "", ""},
		{"two numbers are left to the family rule", "와규 MB4+ 등심 / 500g", "와규 MB6+ 등심 500g", order.Block, KindGrade, "MB4+", "MB6+"},
	})
}
