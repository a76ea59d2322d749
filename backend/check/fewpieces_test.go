package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A measure before a count of a few pieces is each piece's (세제 / 1L 2개 against 500ml, 2개 is
// another bottle), before a count of many small pieces it may be the whole (80g 20알).
func TestFewPiecesEachHoldTheMeasure(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two bottles of 1L", "세제 리필 / 1L 2개", "세제 리필 500ml, 2개", order.Block, KindCapacity, "1L", "500ml"},
		{"two bags of 2kg", "쌀 / 2kg 2개", "쌀 1kg, 2개", order.Block, KindWeight, "2kg", "1kg"},
		{"three bottles of 1.5L", "세제 / 1.5L 3개", "세제 500ml, 3개", order.Block, KindCapacity, "1.5L", "500ml"},
		{"the option alone, two bottles", "려 샴푸 / 500ml 2개", "려 샴푸, 250ml, 2개", order.Block, KindCapacity, "500ml", "250ml"},
		{"two bottles in 병", "샴푸 대용량 / 1L 2병", "샴푸 500ml, 2병", order.Block, KindCapacity, "1L", "500ml"},
		{"many coins are the whole", "코인육수 / 80g 20알", "코인육수 4g, 20개", "", "", "", ""},
		{"many tablets are the whole", "비타민 / 60g 30정", "비타민 2g, 30정", "", "", "", ""},
		{"ten capsules are the whole", "커피 캡슐 / 50g 10개", "커피 캡슐 5g, 10개", "", "", "", ""},
		{"same bottles", "세제 / 1L 2개", "세제 1000ml 2개", "", "", "", ""},
		{"marked as the whole", "세제 / 총 1L 2개", "세제 500ml, 2개", "", "", "", ""},
	})
}
