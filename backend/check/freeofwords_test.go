package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Free of something, written with 무 glued before the word or with a free word after it, is one
// statement (round82, names of no table); the word against its negation is still the opposite.
func TestFreeOfWrittenTwoWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{"fluoride free written two ways", "[아기전용] 파인트리 무불소 어린이 치약 포도 50g / 1개", "PINETREE 어린이 치약 불소 무함유 포도 50g", "", "", "", ""},
		{"colouring free with 미첨가", "하리보 무색소 젤리 100g / 1개", "HARIBO 젤리 색소 미첨가 100g", "", "", "", ""},
		{"the other way round", "파인트리 어린이 치약 불소 무첨가 / 50g", "파인트리 무불소 어린이 치약 50g", "", "", "", ""},
		{"fluoride against fluoride free", "파인트리 무불소 어린이 치약 / 50g", "파인트리 불소 어린이 치약 50g", order.Block, KindOpposite, "무불소", "불소"},
	})
}
