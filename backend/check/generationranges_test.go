package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The first number of an age range (3~6세) is no generation of the word before it; a generation
// written alone still blocks.
func TestRangeIsNoGeneration(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an age range after the goods", "유아 치약 3~6세 불소 / 딸기", "유아용 치약 딸기", "", "", "", ""},
		{"a generation written alone", "유아 칫솔 3 초극세모 / 파랑", "유아 칫솔 초극세모 파랑", order.Block, KindModel, "칫솔 3", "칫솔"},
		{"another age range", "유아 치약 3~6세 불소 / 딸기", "유아용 치약 7~12세 딸기", order.Block, KindSize, "3", "7"},
	})
}
