package check

import "testing"

// A word with an ending that says it is in the goods (가시있음, 씨 있음) against the same word with an
// ending that says it is taken out (가시없음, 씨 제거) names the opposite goods; the same ending on
// both sides, or another word, is no opposite (names of no table).
func TestPresenceAgainstAbsence(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "bones taken out against bones, glued", reg: "칠레산 연어 필렛 가시없음 / 800g", exp: "칠레산 연어 필렛 가시있음, 800g",
			severity: "block", kind: KindOpposite, r: "가시없음", e: "가시있음"},
		{name: "seeds taken out against seeds, spaced", reg: "건대추 씨 제거 / 300g", exp: "건대추 씨 있음, 300g",
			severity: "block", kind: KindOpposite, r: "씨 제거", e: "씨 있음"},
		{name: "the same ending", reg: "연어 필렛 가시없음 / 800g", exp: "연어 필렛 가시 없음, 800g"},
	})
}
