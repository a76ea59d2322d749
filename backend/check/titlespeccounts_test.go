package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTitleSpecCounts: a title's count of what the goods take (스테이플러 20매, 재단기 12매) beside
// an option that counts what is sold says what the goods are, against a catalogue name that
// counts nothing in that counter; another number sold, or a catalogue name that counts in the
// same counter, still differs (names of no table).
func TestTitleSpecCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a stapler's sheets", "맥스 소형 스테이플러 HD-10 20매 / 1개", "맥스 HD-10 소형 호치키스", "", "", "", ""},
		{"a trimmer's sheets", "종이 재단기 A4 12매 / 1개", "A4 종이 재단기, 1개", "", "", "", ""},
		{"another number sold", "맥스 소형 스테이플러 HD-10 20매 / 2개", "맥스 HD-10 소형 호치키스, 1개", order.Block, KindCount, "40개", "1개"},
		{"the same counter on both", "물티슈 캡형 100매 / 1개", "물티슈 캡형, 70매, 1개", order.Block, KindCount, "100개", "70개"},
	})
}
