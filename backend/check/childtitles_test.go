package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A children's -용 word in the seller's title describes whom the goods suit; in the catalogue
// name or the option, or as a line (키즈), it still blocks (names of no table).
func TestChildrensWordInTheTitleDescribes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"crayons for small children", "모나미 유아용 점보 크레용 16색 / 16색", "모나미 점보 크레용 16색, 1세트", "", "", "", ""},
		{"scissors for children", "피스카스 어린이용 안전가위 / 블루", "FISKARS 안전가위, 블루", "", "", "", ""},
		{"the catalogue's children's goods", "피스카스 안전가위 / 블루", "FISKARS 어린이용 안전가위, 블루", order.Block, attrTarget, "", "어린이용"},
		{"the seller's option", "피스카스 안전가위 / 어린이용 블루", "FISKARS 안전가위, 블루", order.Block, attrTarget, "어린이용", ""},
		{"a kids' line in the title", "노스페이스 키즈 비니 / 블랙", "노스페이스 비니, 블랙", order.Block, attrTarget, "키즈", ""},
	})
}
