package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestVersionWrittenAsAWord: ver.2 or v2 is 버전 2 written as a word and its number; another
// number is another version (names of no table).
func TestVersionWrittenAsAWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"ver.2 against 버전2", "트레저 공식 응원봉 / ver.2", "트레저 공식 응원봉 버전2, 1개", "", "", "", ""},
		{"v2 against 버전 2", "트레저 공식 응원봉 v2 / 1개", "트레저 응원봉 버전 2, 1개", "", "", "", ""},
		{"ver.2 against 버전1", "트레저 공식 응원봉 / ver.2", "트레저 공식 응원봉 버전1, 1개", order.Block, KindModel, "ver.2", ""},
	})
}
