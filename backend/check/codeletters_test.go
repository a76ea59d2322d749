package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLetterXEndingACode: an X written apart after a code and before no number (HD60 X / …,
// HD60 X 캡처보드) is the code's letter, not a times sign; another letter still asks for a look,
// and an x before a number still multiplies (names of no table).
func TestLetterXEndingACode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the letter apart", "로지텍 MX Master 3S / 그래파이트", "로지텍 MX Master 3S 그래파이트, 1개", "", "", "", ""},
		{"an X model apart", "소니 WH1000 X / 블랙", "소니 WH1000X 블랙, 1개", "", "", "", ""},
		{"an X model apart before a word", "소니 WH1000 X 헤드폰 / 블랙", "소니 WH1000X 헤드폰 블랙, 1개", "", "", "", ""},
		{"another letter", "소니 WH1000 X / 블랙", "소니 WH1000XM 블랙, 1개", order.Warn, KindModel, "WH1000", "WH1000XM"},
		{"a times sign before a number", "샴푸 500ml x 2", "샴푸 500ml, 1개", order.Block, KindCount, "2개", "1개"},
	})
}
