package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestScents: unscented written as a loanword is unscented; 코튼 beside cotton goods is their
// material, and beside a softener or against another scent still a scent (names of no table).
func TestScents(t *testing.T) {
	runNameCases(t, []nameCase{
		{"unscented written as a loanword", "에버크린 고양이모래 / 무향 10kg", "에버크린 언센티드 고양이모래 10kg", "", "", "", ""},
		{"cotton buds called cotton", "국산 면봉 / 200개", "국산 코튼 면봉 200개", "", "", "", ""},
		{"a softener's cotton scent still reads", "다우니 섬유유연제 / 2L", "다우니 섬유유연제 코튼 2L", order.Block, KindScent, "", "코튼"},
		{"cotton pads of two scents still differ", "향기 화장솜 / 라벤더 80매", "향기 화장솜 코튼 80매", order.Block, KindScent, "라벤더", "코튼"},
	})
}
