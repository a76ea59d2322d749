package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCounterInsideWord: a counter glued to a number is not read when it is the first syllable
// of a word the vocabulary knows (7포트 is seven ports, 120포켓 120 pockets), while a counter that
// ends where a word ends still counts and other counts still differ (names of no table).
func TestCounterInsideWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"seven ports are not seven hubs", "USB 3.0 멀티 허브 / 7포트", "USB3.0 멀티허브, 1개", "", "", "", ""},
		{"120 pockets are not 120 albums", "명함첩 바인더 / 120포켓", "명함첩 바인더 블랙, 1개", "", "", "", ""},
		{"other ports still differ", "USB 3.0 멀티 허브 / 4포트", "USB3.0 멀티허브 7포트, 1개", order.Block, KindUnit, "4포트", "7포트"},
		{"a counter before a word of its own still counts", "물티슈 캡형 / 3개세트", "물티슈 캡형, 1개", order.Block, KindCount, "3개", "1개"},
	})
}
