package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFlavours: flavours: of the product part, inside a compound, as a degree (약간매운맛), joined by a
// particle (과, 와), named by a chocolate type, spaced two ways; another flavour or a flavour on one
// side still differs (names of no table).
func TestFlavours(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a flavour of the product part still counts", "농심 매운 새우깡 / 90g", "농심 새우깡 90g", order.Block, KindFlavor, "매운", ""},
		{"honey inside a compound", "동서 아카시아 벌꿀 / 500g", "동서 아카시아 허니 500g", "", "", "", ""},
		{"a flavour read from its parts is not explained by a sibling", "종가 맛김치 / 1.2kg", "종가 총각김치 1.2kg", order.Block, KindFlavor, "맛김치", ""},
	})
}
