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
		{"a dual set on one side", "조이트론 무선마이크 / 듀얼 블랙", "조이트론 무선마이크 싱글 블랙", order.Block, KindVariant, "듀얼", ""},
		{"dual in two scripts", "조이트론 무선마이크 / 듀얼 블랙", "JOYTRON 무선마이크 DUAL 블랙", "", "", "", ""},
	})
}

// TestVariantPrefixes: variant prefixes of grains and vegetables (찰현미, 압착귀리, 깐마늘) name other goods;
// the variant word beside the bare word it is built on is wording (names of no table).
func TestVariantPrefixes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"glutinous brown rice is not brown rice", "철원 찰현미 / 10kg", "철원 현미 10kg", order.Warn, KindWord, "찰현미", "현미"},
		{"rolled oats are not oats", "국산 귀리 / 1kg", "국산 압착귀리 1kg", order.Warn, KindWord, "귀리", "압착귀리"},
		{"peeled garlic is not garlic", "의성 마늘 / 1kg", "의성 깐마늘 1kg", order.Warn, KindWord, "마늘", "깐마늘"},
		{"a variant word beside the bare word it is built on is wording", "강원 옥수수 / 10개", "강원 옥수수 찰옥수수 10개", "", "", "", ""},
		{"a variant word beside the bare word, the other way round", "국산 마늘 깐마늘 / 1kg", "국산 마늘 1kg", "", "", "", ""},
	})
}

// TestVariantPrefixSyllables: variantPrefix answers a one-syllable head from its syllable set as
// the map does, for every Hangul syllable.
func TestVariantPrefixSyllables(t *testing.T) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		w := string(r)
		if got := variantPrefix(w, 3); got != variantPrefixes[w] {
			t.Fatalf("variantPrefix(%q) = %v", w, got)
		}
	}
	if !variantPrefix("압착", 6) || variantPrefix("압착", 3) {
		t.Fatal("압착 is a variant prefix of six bytes")
	}
}
