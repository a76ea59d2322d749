package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestAmpersandBrands: a brand of Latin words joined by & is its Hangul spelling with the & read
// as 앤, even when the vocabulary knows a word of it (hammer, compared as 망치); spaced or not; the
// same brand of another weight or scent still differs (names of no table).
func TestAmpersandBrands(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a toothpaste's brand spaced", "[암앤해머] 치약 / 베이킹소다 170g", "ARM & HAMMER 치약 베이킹소다 170g", "", "", "", ""},
		{"a cat litter's brand unspaced", "암앤해머 고양이모래 / 무향 9kg", "Arm&Hammer 고양이모래 무향 9kg", "", "", "", ""},
		{"the brand of another weight still differs", "[암앤해머] 치약 / 170g", "ARM & HAMMER 치약 115g", order.Block, KindWeight, "170g", "115g"},
		{"the brand of another scent still differs", "암앤해머 고양이모래 / 무향 9kg", "ARM & HAMMER 고양이모래 라벤더 9kg", order.Block, KindScent, "무향", "라벤더"},
	})
}
