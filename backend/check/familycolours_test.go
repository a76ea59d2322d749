package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A colour word glued from two family colours (블루블랙: blue-black ink) is a colour of its own, not
// the first family's shade: against that family alone it is another colour, while a shade glued
// to its family (네이비블루) still is the shade alone (names of no table).
func TestFamilyColourCompounds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"blue-black ink against blue", "파이롯트 만년필 잉크 30ml / 블루블랙", "파이롯트 만년필 잉크 30ml 블루", order.Block, KindColor, "블루블랙", "블루"},
		{"blue-black written apart", "파이롯트 만년필 잉크 30ml / 블루블랙", "파이롯트 만년필 잉크 30ml 블루 블랙", "", "", "", ""},
		{"a navy shade of blue against navy", "러닝화 / 네이비블루 260", "러닝화 네이비 260", "", "", "", ""},
	})
}
