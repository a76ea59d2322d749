package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A colour only the seller's option names, against a catalogue name that lists its options and
// names no colour, is the colour of goods sold in one (onecolourgoods.go); in the title's last
// place, against a name in no catalogue form or against a word where the colour stands it still
// counts (names of no table).
func TestOneColourGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a toothbrush in its one colour", "필립스 소닉케어 음파칫솔 / 화이트", "필립스 소닉케어 음파칫솔, 1개", "", "", "", ""},
		{"a kettle in its one colour beside its size", "드롱기 전기포트 / 1.7L 실버", "드롱기 전기포트, 1.7L, 1개", "", "", "", ""},
		{"glass in its one colour", "유리 밀폐용기 / 500ml 투명 4개", "유리 밀폐용기, 500ml, 4개", "", "", "", ""},
		{"no catalogue form: the buyer's choice", "필립스 소닉케어 음파칫솔 / 화이트", "필립스 소닉케어 음파칫솔", order.Block, KindColor, "화이트", ""},
		{"a word last in the catalogue's title may be the colour", "필립스 소닉케어 음파칫솔 / 화이트", "필립스 소닉케어 음파칫솔 미드나잇, 1개", order.Block, KindColor, "화이트", ""},
		{"another colour still conflicts", "드롱기 전기포트 / 1.7L 실버", "드롱기 전기포트, 1.7L, 블랙, 1개", order.Block, KindColor, "실버", "블랙"},
	})
}
