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

// TestGradeNamedAcrossAnySpace: the short name before a grade (MB 4+, SPF 50+) is its name
// whatever space separates them — a tab or two spaces read as one space (a fuzzer's find: a word
// difference A ↔ B from words added on one side only).
func TestGradeNamedAcrossAnySpace(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tab before the grade", "와규 MB\t4+ 등심 / 500g", "와규 MB 4+ 등심 500g", "", "", "", ""},
		{"a tab and a space", "와규 MB\t 4+ 등심 / 500g", "와규 MB4+ 등심 500g", "", "", "", ""},
		{"the grade still differs", "와규 MB\t4+ 등심 / 500g", "와규 MB 6+ 등심 500g", order.Block, KindGrade, "MB 4+", "MB 6+"},
	})
	for _, pair := range [][2]string{{"A\v", "A\v 0+B"}, {"A\t", "A\t 1+B"}, {"A\n", "A\n 0+B"}} {
		for _, d := range CompareNames(pair[0], pair[1]).Differences {
			if d.Kind == KindWord {
				t.Errorf("%q vs %q: words added on one side make a word difference: %+v", pair[0], pair[1], d)
			}
		}
	}
}
