package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A measure the product name writes and the option writes again before its count is one
// piece's: against the catalogue's half of it counted alike it is another size of piece, not the
// same whole. Written in the option alone before a count of many pieces it may still be the seller's whole
// (names of no table; a few pieces: fewpieces_test.go).
func TestTitlePieceCountedAlike(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a shampoo bottle of half the size, two of each", "려 샴푸 500ml 손상모 / 500ml 2개", "려 샴푸, 250ml, 2개", order.Block, KindCapacity, "500ml", "250ml"},
		{"chicken packs of half the weight, two of each", "닭가슴살 1kg 대용량 / 1kg x 2팩", "닭가슴살, 500g, 2개", order.Block, KindWeight, "1kg", "500g"},
		{"the same bottles counted alike", "려 샴푸 500ml 손상모 / 500ml 2개", "려 샴푸, 500ml, 2개", "", "", "", ""},
		{"the option alone may write the whole of many pieces", "젤리 / 500g 20개", "젤리, 25g, 20개", "", "", "", ""},
		{"the option spells out its pieces", "견과류 1kg / 1kg (500g x 2봉)", "견과류, 500g, 2개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"려 샴푸 500ml 손상모 / 500ml 2개", "려 샴푸, 250ml, 2개", "용량 500ml ↔ 250ml"},
	})
}
