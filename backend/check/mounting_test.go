package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMounting: goods hung on a wall and goods that stand on a desk or the floor are other goods
// (a wall clock and a desk clock, a wall-mounted tap and a standing one); a name that says both
// (겸용) or neither says nothing of it. Names of no table.
func TestMounting(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a wall clock against a desk clock", "카시오 무소음 시계 / 벽걸이 화이트", "카시오 무소음 탁상시계 화이트, 1개", order.Block, KindMounting, "벽걸이", "탁상시계"},
		{"a wall fan against a standing fan", "신일 선풍기 / 벽걸이형 14인치", "신일 입식 선풍기 14인치, 1개", order.Block, KindMounting, "벽걸이형", "입식"},
		{"the same way", "카시오 무소음 시계 / 벽걸이 화이트", "카시오 무소음 벽걸이시계 화이트, 1개", "", "", "", ""},
		{"both ways", "카시오 무소음 시계 / 벽걸이 화이트", "카시오 무소음 탁상 벽걸이 겸용 시계 화이트, 1개", "", "", "", ""},
		{"said by one name only", "카시오 무소음 시계 / 화이트", "카시오 무소음 벽걸이 시계 화이트, 1개", "", "", "", ""},
	})
}
