package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMiniAgainstSmall: 미니 written after the goods (가습기 미니) against 소형 on the other side is
// the same small size; a Mini against another model word still differs (names of no table).
func TestMiniAgainstSmall(t *testing.T) {
	runNameCases(t, []nameCase{
		{"미니 against 소형", "가습기 소형 / 화이트", "가습기 화이트 미니, 1개", "", "", "", ""},
		{"소형 against 미니", "가습기 화이트 미니 / 1개", "소형 가습기 화이트, 1개", "", "", "", ""},
		{"미니 against 맥스", "가습기 맥스 / 화이트", "가습기 화이트 미니, 1개", order.Block, KindVariant, "맥스", "미니"},
	})
}
