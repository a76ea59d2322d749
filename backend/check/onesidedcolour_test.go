package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestUnnamedColourAgainstACatalogueName: a colour that only the seller's option names, against a
// catalogue name that leaves it out and leaves no word of its own unexplained, is 확인 필요, not a
// block; a word the catalogue name adds may be a colour and keeps the block, and so does a
// colour against a name that is no catalogue name (names of no table).
func TestUnnamedColourAgainstACatalogueName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a catalogue name leaves the colour out", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글, 1개", order.Warn, KindColor, "그레이", ""},
		{"the colour in the option of a lamp", "필립스 LED 스탠드 / 24W 화이트", "필립스 LED 스탠드 24W, 1개", order.Warn, KindColor, "화이트", ""},
		{"a word the catalogue adds may be the colour", "필립스 LED 스탠드 / 24W 화이트", "필립스 LED 스탠드 24W 오로라, 1개", order.Block, KindColor, "화이트", ""},
		{"no catalogue name: the buyer's choice", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글", order.Block, KindColor, "그레이", ""},
		{"two colours still conflict", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글 핑크, 1개", order.Block, KindColor, "그레이", "핑크"},
		{"a count that differs still blocks", "보국 전기요 싱글 / 그레이 2개", "보국 전기요 싱글, 1개", order.Block, KindCount, "2개", "1개"},
	})
}
