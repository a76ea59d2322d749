package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSameNegations: two words saying the same part is not in the box (미포함 / 별매, 제외 /
// 불포함, 없음 / 별도) are one statement; a part included against one left out, and two
// different parts left out, still differ (names of no table).
func TestSameNegations(t *testing.T) {
	runNameCases(t, []nameCase{
		{"not included against sold separately", "필립스 전동칫솔 / 충전기 미포함", "필립스 전동칫솔 충전기 별매, 1개", "", "", "", ""},
		{"left out against not included", "무선 청소기 본체 / 배터리 제외", "무선 청소기 본체 (배터리 불포함), 1개", "", "", "", ""},
		{"none against separate", "보쉬 청소기 / 배터리 없음", "보쉬 청소기 배터리 별도, 1개", "", "", "", ""},
		{"included against sold separately", "디월트 무선 드릴 / 배터리 포함", "디월트 무선 드릴 배터리 별매, 1개", order.Block, KindBundle, "배터리 포함", "배터리 별매"},
		{"two different parts left out", "오랄비 전동칫솔 / 배터리 미포함", "오랄비 전동칫솔 충전기 별매, 1개", order.Warn, KindWord, "배터리, 미포함", "충전기, 별매"},
	})
}
