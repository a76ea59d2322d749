package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestColourWithoutItsSuffix: a colour written with 색 on one side and without it on the other is
// the same colour; another colour still differs (names of no table).
func TestColourWithoutItsSuffix(t *testing.T) {
	runNameCases(t, []nameCase{
		{"진청 against 진청색", "작업용 면장갑 코팅 / 진청 10켤레", "작업 코팅 면장갑 진청색, 10켤레", "", "", "", ""},
		{"진청 against 진청색 and another colour", "작업용 면장갑 코팅 / 진청 10켤레", "작업 코팅 면장갑 진청색 노랑, 10켤레", order.Block, KindColor, "진청", "노랑"},
	})
}
