package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSideWords: sides of a car or of the body (운전석, 조수석, 좌, 우, 좌우세트) differ, in any word for them;
// 좌 or 우 inside a word is no side (names of no table).
func TestSideWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two sides of a car", "보쉬 와이퍼 / 600mm 운전석", "보쉬 와이퍼 600mm 조수석", order.Block, KindSide, "운전석", "조수석"},
		{"a side in another word", "보쉬 와이퍼 / 600mm 운전석", "BOSCH 보쉬 와이퍼 600mm 좌측", "", "", "", ""},
		{"left written as 좌", "던롭 무릎보호대 / 왼쪽 L", "던롭 무릎보호대 좌 L", "", "", "", ""},
		{"both sides against one", "던롭 무릎보호대 / 좌우세트 L", "던롭 무릎보호대 우 L", order.Block, KindSide, "좌우세트", "우"},
		{"우 inside a word is no side", "서울우유 / 1L", "서울우유 1L", "", "", "", ""},
		{"좌 inside a word is no side", "좌석 쿠션 / 블랙", "좌석쿠션 블랙", "", "", "", ""},
	})
}
