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

// TestLetterXGluedToAHyphenCode: an X glued to the digits of a code written with a hyphen after
// letters (KT-3X) is the code's last letter, not a times sign; another code still blocks, and a
// range of magnifications (20x-400x) is no code (names of no table).
func TestLetterXGluedToAHyphenCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the code with its letter glued", "코스모스 메트로놈 KT-3X 디지털 / 1개", "COSMOS KT3X 디지털 메트로놈, 1개", "", "", "", ""},
		{"the code ending the title", "코스모스 디지털 메트로놈 KT-3X / 화이트", "COSMOS KT3X 메트로놈 화이트, 1개", "", "", "", ""},
		{"another code", "코스모스 메트로놈 KT-3X 디지털 / 1개", "COSMOS KT4X 디지털 메트로놈, 1개", order.Block, KindModel, "KT-3X", "KT4X"},
		{"a times sign after a count", "코스모스 메트로놈 / 3x 2", "코스모스 메트로놈, 6개", "", "", "", ""},
		{"a glued X is read as with no hyphen", "롤랜드 디지털 피아노 FP-30 / 블랙", "Roland FP-30X 디지털피아노 블랙, 1개", order.Block, KindModel, "FP-30", "FP-30X"},
	})
}

// TestLetterXHyphenedToACode: an X hyphened after a code of letters and digits and before no
// number (RX20-X) is the code's last part, as RX20X writes it; the code without it still differs,
// and an x before a number still multiplies (names of no table).
func TestLetterXHyphenedToACode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the part hyphened", "롤랜드 RX20-X 디지털피아노 / 블랙", "Roland 디지털피아노 RX20X, 블랙", "", "", "", ""},
		{"the part hyphened before the option", "카시오 CT45-X / 1개", "CASIO CT45X 키보드, 1개", "", "", "", ""},
		{"without the part", "롤랜드 RX20-X 디지털피아노 / 블랙", "Roland 디지털피아노 RX20, 블랙", order.Block, KindModel, "RX20-X", "RX20"},
		{"a times sign before a number", "키보드 스탠드 KS20 - x 2", "키보드 스탠드 KS20, 1개", order.Block, KindCount, "2개", "1개"},
	})
}
