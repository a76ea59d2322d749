package check

import "testing"

// An ordinal written in Korean (3번째, glued to its word) or in English (3rd) is one number: two
// ordinals are compared, the same ordinal both ways is the same goods, and 2nd Gen is left to
// the generation rules (names of no table).
func TestOrdinalsBothWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "third cut against first cut", reg: "옥스보우 3번째컷 오차드 건초 / 1kg", exp: "Oxbow 1st 컷 오차드, 1kg",
			severity: "block", kind: KindUnit, r: "3번째컷", e: "1st"},
		{name: "second harvest against third", reg: "다즐링 홍차 2nd 플러시 / 100g", exp: "다즐링 홍차 3rd 플러시, 100g",
			severity: "block", kind: KindUnit, r: "2nd", e: "3rd"},
		{name: "the same ordinal both ways", reg: "다즐링 홍차 2번째 플러시 / 100g", exp: "다즐링 홍차 2nd 플러시, 100g"},
	})
}
