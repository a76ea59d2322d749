package check

import "testing"

// TestAssortmentWords: 혼합 and 믹스 name one assortment, in any area (names of no table).
func TestAssortmentWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"mixed nuts", "하루 견과 / 혼합 500g", "하루 견과 믹스 500g, 1개", "", "", "", ""},
		{"mixed beads", "공예용 비즈 구슬 믹스 / 300개", "공예용 비즈 구슬 혼합, 300개", "", "", "", ""},
	})
}
