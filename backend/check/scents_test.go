package check

import "testing"

// TestScents: unscented written as a loanword is unscented; 코튼 beside cotton goods is their
// material, and beside a softener or against another scent still a scent (names of no table).
func TestScents(t *testing.T) {
	runNameCases(t, []nameCase{
		{"unscented written as a loanword", "에버크린 고양이모래 / 무향 10kg", "에버크린 언센티드 고양이모래 10kg", "", "", "", ""},
	})
}
