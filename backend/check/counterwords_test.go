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

// TestCounterWordWrittenApart: a long counter written apart is a word, a model number before a
// counter word written apart is the model's; a counter glued to its number still counts (names of
// no table).
func TestCounterWordWrittenApart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a long counter written apart is a word", "슈피겐 갤럭시 S23 케이스 / 블랙", "슈피겐 갤럭시 S23 울트라하이브리드 케이스 블랙", "", "", "", ""},
		{"a model number before a case written apart", "슈피겐 아이폰 14 케이스 / 블랙", "Spigen 슈피겐 아이폰14 케이스 블랙", "", "", "", ""},
		{"a counter glued to its number still counts", "밀폐용기 / 2케이스", "밀폐용기 3케이스", order.Block, KindCount, "2개", "3개"},
	})
}
