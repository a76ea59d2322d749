package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A gift box joined by a plus is the goods' wrapping; a part joined so still blocks (names of no
// table).
func TestGiftBoxAfterAPlusIsWrapping(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a gift box", "닥스 여성 카드지갑 / 레드+선물박스", "DAKS 여성 카드지갑, 레드", "", "", "", ""},
		{"a gift case", "파카 조터 볼펜 + 기프트박스 / 블루", "PARKER 조터 볼펜 블루", "", "", "", ""},
		{"a gift box spelled so", "스와로브스키 목걸이 / 실버+선물상자", "스와로브스키 목걸이 실버", "", "", "", ""},
		{"a part still counts", "닥스 여성 카드지갑 / 레드+키링", "DAKS 여성 카드지갑, 레드", order.Block, KindBundle, "키링", ""},
	})
}
