package check

import "testing"

// A marketing head glued before another word (스킨 of 스킨푸드, the brand; 꿀 of 꿀사과) does not
// write the value it spells alone (스킨 = 토너): the other name's toner is still said on one side
// only. At a word's end it does (마누카꿀 is honey). Names of no table.
func TestMarketingHeadsInside(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a brand in 스킨 against a toner", "스킨푸드 당근 진정 패드 70매 / 1개", "SKINFOOD 당근 진정 토너 250ml, 1개", "block", "kind", "", "토너"},
		{"honey at a word's end", "뉴질랜드 마누카꿀 / 500g", "뉴질랜드 마누카 허니 500g, 1개", "", "", "", ""},
	})
}
