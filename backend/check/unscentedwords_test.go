package check

import "testing"

// TestNoScentWrittenAsAnAdjective: 향 없는 (향없는) is 무향 written before a noun, as 향 없음 is
// written after it; the word before a 향 that 없는 follows names no scent (접착 크림 향 없는 is a
// cream without a scent).
func TestNoScentWrittenAsAnAdjective(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "spaced, against 무향", reg: "세탁세제 젤 향 없는 저자극 / 3L", exp: "세탁세제 젤 무향, 3L, 1개"},
		{name: "glued, against 무향", reg: "베이비 로션 향없는 순한 / 300ml", exp: "베이비 로션 무향, 300ml, 1개"},
		{name: "the word before is the goods", reg: "의치 세정 크림 향 없는 / 100g", exp: "의치 세정 크림 무향, 100g, 1개"},
		{name: "a scent against none", reg: "핸드크림 향 없는 / 50ml", exp: "핸드크림 로즈향, 50ml, 1개",
			severity: "block", kind: KindScent, r: "향 없는", e: "로즈향"},
		{name: "a scent spaced against none", reg: "섬유유연제 라벤더 향 / 2L", exp: "섬유유연제 향 없는, 2L, 1개",
			severity: "block", kind: KindScent, r: "라벤더 향", e: "향 없는"},
	})
}
