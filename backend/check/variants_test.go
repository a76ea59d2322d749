package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestVariantWords: a variant word (Plus, 프로, 듀얼) on one side names another model, glued or in
// another script; a word both names write is no sound of it (names of no table).
func TestVariantWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a word both names write is not the sound of a one-sided word", "애플 아이폰 15 / 128GB 블랙", "애플 아이폰 15 Plus 128GB 블랙", order.Block, KindVariant, "", "Plus"},
		{"a one-sided word in the other script still sounds", "아이폰 15 플러스 / 128GB", "iPhone 15 Plus 128GB", "", "", "", ""},
	})
}
