package check

import "testing"

// TestDescriptionsOfTheGoods: words of praise and a Hangul modifier before a noun say nothing of
// the goods; another goods word still asks (names of no table).
func TestDescriptionsOfTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a Hangul modifier before a noun describes it", "게이트맨 WV-40 디지털 도어락 / 자가설치", "게이트맨 WV40 번호키 도어록 셀프설치", "", "", "", ""},
	})
}
