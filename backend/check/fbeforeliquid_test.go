package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An English f before r or l is spelt 프 or, in the older spelling listings keep, 후 (프라이팬 /
// 후라이팬, 프레시 / 후레쉬): one loanword, not two words.
func TestFBeforeLiquidSpelledTwoWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{"fresh spelt 후레쉬 and 프레시", "유한락스 후레쉬 / 2L", "유한락스 프레시 2L", "", "", "", ""},
		{"fresh spelt 후레쉬 and 프레쉬", "참이슬 후레쉬 / 360ml 20병", "참이슬 프레쉬 360ml 20병", "", "", "", ""},
		{"a scent line spelt two ways", "다우니 에이프릴 후레쉬 시트 / 120매", "다우니 에이프릴 프레쉬 시트 120매", "", "", "", ""},
	})
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"후라이팬", "프라이팬", true},
		{"후레쉬", "프레시", true},
		{"후리사이즈", "프리사이즈", true},
		{"후라이팬", "프로페셔널", false},
	} {
		assert.Equal(t, tc.want, loanSpelling(tc.a, tc.b), "%s / %s", tc.a, tc.b)
	}
}
