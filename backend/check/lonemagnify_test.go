package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLoneMagnification: a number with an x that multiplies nothing is a lens's power, the same
// as N배 or N배율; an x between a number and a measure or a count still multiplies (names of no
// table).
func TestLoneMagnification(t *testing.T) {
	runNameCases(t, []nameCase{
		{"6x against 6배", "루페 확대경 보석감정용 / 6배", "보석 루페 6x 확대경, 1개", "", "", "", ""},
		{"10X against 10배율 with a size after", "탁상 확대경 / 10배율 90mm", "탁상용 확대경 10X 렌즈 지름 9cm, 1개", "", "", "", ""},
		{"6x against 10배 still differs", "루페 확대경 보석감정용 / 6배", "보석 루페 10x 확대경, 1개", order.Block, KindUnit, "6배", "10x"},
		{"2 x 500ml still counts two", "탄산수 플레인 / 500ml 2개", "탄산수 플레인 2 x 500ml", "", "", "", ""},
		{"2 x 500ml against three", "탄산수 플레인 / 500ml 3개", "탄산수 플레인 2 x 500ml", order.Block, KindCount, "3개", "2개"},
	})
}
