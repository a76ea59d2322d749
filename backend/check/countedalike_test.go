package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// When both names write the same count, the exposed name's measure is what one piece holds: a
// registered measure that only times the count makes it is another size of piece. A seller's
// whole against the catalogue's piece (80g 20알 against 4g, 20개) still matches (names of no
// table).
func TestCountedAlike(t *testing.T) {
	runNameCases(t, []nameCase{
		{"dumplings of two pack sizes, two of each", "비비고 왕교자 / 350g 2개", "비비고 왕교자 700g, 2개", order.Block, KindWeight, "350g", "700g"},
		{"shampoo of two bottle sizes, two of each", "려 샴푸 / 500ml 2개", "려 샴푸 1000ml, 2개", order.Block, KindCapacity, "500ml", "1000ml"},
		{"the same pack counted alike", "비비고 왕교자 / 350g 2개", "비비고 왕교자 350g, 2개", "", "", "", ""},
		{"a seller's whole against the catalogue's piece", "코인육수 개운한맛 / 80g 20알", "코인육수 개운한맛, 4g, 20개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"비비고 왕교자 / 350g 2개", "비비고 왕교자 700g, 2개", "용량 350g ↔ 700g"},
	})
}
