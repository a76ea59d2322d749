package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBanknotes: a note written with its number word (만원권, 오만원권) or with both (5만원권) is
// the note of that number: another note blocks, the same note written otherwise passes (names of
// no table).
func TestBanknotes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a 50,000 band against a 10,000 band", "은행 돈띠지 / 50000원권 500매", "만원권 은행 돈띠지 500매, 1개", order.Block, KindUnit, "50000원권", "만원권"},
		{"a 1,000 envelope against a 5,000 one", "세뱃돈 봉투 천원권 / 10매", "세뱃돈 봉투 오천원권, 10매", order.Block, KindUnit, "천원권", "오천원권"},
		{"10000원권 is 만원권", "은행 돈띠지 / 10000원권 500매", "만원권 은행 돈띠지 500매, 1개", "", "", "", ""},
		{"오만원권 is 5만원권", "용돈 봉투 오만원권 / 10매", "용돈 봉투 5만원권, 10매", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"은행 돈띠지 / 50000원권 500매", "만원권 은행 돈띠지 500매, 1개", "규격 50000원권 ↔ 만원권"},
	})
}
