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

// TestPlusOnOneSide: a plus on one side of a Latin or Hangul name is another grade; a plus written
// as a word is the same grade (names of no table).
func TestPlusOnOneSide(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a plus on one side is another grade", "필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG 1kg 블랙", order.Block, KindGrade, "PETG+", "PETG"},
		{"a plus written as a word", "필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG PLUS 1kg 검정", "", "", "", ""},
		{"a Hangul name with a plus", "바이오더마 시카비오 크림 / 40ml", "바이오더마 시카비오+ 크림 40ml", order.Block, KindGrade, "시카비오", "시카비오+"},
		{"a plus written as a word after a Hangul name", "바이오더마 시카비오+ 크림 / 40ml", "바이오더마 시카비오 플러스 크림 40ml", "", "", "", ""},
	})
}
