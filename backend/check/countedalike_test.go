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

// A measure the catalogue marks as the whole with 총 (총 10kg, 2박스) is what all the pieces
// weigh, not one piece: the seller's piece times the count is that whole. Without 총, or with
// another whole, the pieces still differ (names of no table).
func TestCountedAlikeWrittenAsTotal(t *testing.T) {
	runNameCases(t, []nameCase{
		{"tangerines, the catalogue's whole of two boxes", "제주 감귤 / 5kg 2박스", "제주 감귤 총 10kg, 2박스", "", "", "", ""},
		{"apples, the whole glued to 총", "부사 사과 / 2kg 2박스", "부사 사과 총4kg, 2박스", "", "", "", ""},
		{"chicken breast, the whole in brackets", "닭가슴살 / 100g 10팩", "닭가슴살 (총 1kg), 10팩", "", "", "", ""},
		{"rice, the whole as 총중량", "신동진 쌀 / 10kg 2포", "신동진 쌀 총중량 20kg, 2포", "", "", "", ""},
		{"another whole still differs", "제주 감귤 / 5kg 2박스", "제주 감귤 총 20kg, 2박스", order.Block, KindWeight, "5kg", "20kg"},
		{"without 총 the pieces still differ", "제주 감귤 / 5kg 2박스", "제주 감귤 10kg, 2박스", order.Block, KindWeight, "5kg", "10kg"},
		{"a water gun is no whole", "아쿠아 물총 / 500ml 2개", "아쿠아 물총 1000ml, 2개", order.Block, KindCapacity, "500ml", "1000ml"},
	})
}
