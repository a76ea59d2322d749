package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFlavourOfLengthGoods: a flavour word in the seller's title of goods measured by a length
// alone (딸기 피크닉 돗자리 / 200x150cm, 스모크 샤워부스 / 900mm) names no taste; a flavour the seller's option
// chooses, one of weighed goods, or one the other name writes otherwise still differs (names of
// no table).
func TestFlavourOfLengthGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a strawberry-patterned mat", "딸기 피크닉 돗자리 방수 / 200x150cm", "방수 피크닉 돗자리 200 x 150cm, 1개", "", "", "", ""},
		{"a smoke-tinted shower screen", "스모크 샤워부스 파티션 / 900mm", "샤워 파티션 유리 90cm, 1개", "", "", "", ""},
		{"the option's flavour is the buyer's choice", "사탕 모양 쿠션 / 딸기 40cm", "사탕 모양 쿠션 40cm, 1개", order.Block, KindFlavor, "딸기", ""},
		{"weighed goods keep their flavour", "딸기 잼 수제 / 500g", "수제 잼 500g, 1개", order.Block, KindFlavor, "딸기", ""},
		{"two flavours still differ", "딸기 롤케이크 / 20cm", "초코 롤케이크 20cm, 1개", order.Block, KindFlavor, "딸기", "초코"},
	})
}

// TestFlavourOfLengthGoodsAgainstAColour: read as a tint, the flavour word of length goods is the
// name's colour, so against another colour the other name writes it still differs; where neither
// or both names write a colour it stays the shape or tint it was (review 28, names of no table).
func TestFlavourOfLengthGoodsAgainstAColour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a chocolate ribbon against a pink one", "초코 리본끈 / 10m", "리본끈 핑크 10m, 1개", order.Block, KindFlavor, "초코", ""},
		{"an orange LAN cable against a blue one", "오렌지 랜선 / 10m", "랜선 블루 10m, 1개", order.Block, KindFlavor, "오렌지", ""},
		{"a peach blanket against a grey one", "복숭아 극세사 담요 / 150x200cm", "극세사 담요 150x200cm 그레이, 1개", order.Block, KindFlavor, "복숭아", ""},
		{"a mint curtain, no colour on the other side", "민트 암막커튼 / 150x230cm", "암막커튼 150x230cm, 1개", "", "", "", ""},
		{"both write the colour", "바나나 파라솔 / 3m 그레이", "파라솔 3m 회색, 1개", "", "", "", ""},
	})
}
