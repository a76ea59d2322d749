package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTagRestated: a bracketed tag that opens the title ([2개입]) and an option that counts the
// same number say one count (two pedals are one pair); another count still differs (names of no
// table).
func TestTagRestated(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tag the option restates", "[2개입] 실리콘 병뚜껑 / 투명 2개", "실리콘 병뚜껑 투명, 2개", "", "", "", ""},
		{"a tag the option restates, against a pack", "[4개입] 욕실 흡착 후크 / 화이트 4개", "욕실 흡착 후크 화이트, 4개입", "", "", "", ""},
		{"another count", "[2개입] 실리콘 병뚜껑 / 투명 2개", "실리콘 병뚜껑 투명, 3개", order.Block, KindCount, "2개", "3개"},
		{"a tag the option restates, against a pair", "[2개입] 자전거 평페달 / 블랙 2개", "자전거 평페달 블랙, 1쌍", "", "", "", ""},
	})
}
