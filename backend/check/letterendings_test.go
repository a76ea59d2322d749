package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLetterEndingsBothWritten: a name that glues two letters to one word (비타민C 비타민D) names
// both; the other name's writing one of them is no other one of the kind, and such a name matches
// itself (a fuzzer's find: 꽃A 꽃B did not).
func TestLetterEndingsBothWritten(t *testing.T) {
	runNameCases(t, []nameCase{
		{"both letters on both sides", "뉴트리원 비타민C 비타민D 세트 / 1세트", "뉴트리원 비타민C 비타민D 세트, 1세트", "", "", "", ""},
		{"one of the two letters the other writes", "뉴트리원 비타민C 비타민D 세트 / 1세트", "뉴트리원 비타민D 세트, 1세트", "", "", "", ""},
		{"a letter neither writes twice still differs", "뉴트리원 비타민C 1000 / 200정", "뉴트리원 비타민D 1000 200정", order.Block, KindModel, "비타민C", "비타민D"},
	})
	for _, name := range []string{"꽃A 꽃B", "가A 가B", "비타민C 비타민D 1000 / 200정"} {
		if got := CompareNames(name, name); !got.Match {
			t.Errorf("%q does not match itself: %+v", name, got.Differences)
		}
	}
}
