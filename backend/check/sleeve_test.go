package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSleeveSinoKorean: 반소매 and 긴소매 are 반팔 and 긴팔 (names of no table).
func TestSleeveSinoKorean(t *testing.T) {
	runNameCases(t, []nameCase{
		{"반소매 is 반팔", "남자 카라티 / 반팔 L 네이비", "반소매 카라티 네이비 L, 1개", "", "", "", ""},
		{"긴소매 is 롱슬리브", "여성 블라우스 / 롱슬리브 아이보리 free", "긴소매 블라우스 아이보리, 1개", "", "", "", ""},
		{"반소매 against 긴팔", "작업복 상의 / 반소매 XL", "긴팔 작업복 상의 XL, 1개", order.Block, KindSleeve, "반소매", "긴팔"},
	})
}
