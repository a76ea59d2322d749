package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A flavour word next to a use, an occasion or a chore in the seller's title names what the goods
// go with (occasionwords.go); in the option, or against the other name's flavour, it still differs.
func TestOccasionWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a flavour after an occasion", "국내산 돼지 목살 캠핑 바베큐 / 600g", "돼지 목살, 600g, 1개", "", "", "", ""},
		{"an occasion among search words", "캠핑 바베큐 그릴 석쇠 철망 / 대형", "석쇠 대형, 1개", "", "", "", ""},
		{"a food before a chore", "친환경 주방세제 과일 야채 세척 / 1L x 2", "친환경 주방세제, 1L, 2개", "", "", "", ""},
		{"a flavour after a use word", "무염 버터 제과 베이킹용 무가당 / 450g", "무염 버터, 450g, 1개", "", "", "", ""},
		{"the flavour in the option", "돼지 목살 / 600g 바베큐", "돼지 목살, 600g, 1개", order.Block, KindFlavor, "바베큐", ""},
		{"a flavour against another flavour", "양념 닭날개 캠핑 바베큐 / 1kg", "양념 닭날개 매운맛, 1kg, 1개", order.Block, KindFlavor, "바베큐", "매운맛"},
		{"a flavour next to no occasion", "바베큐 양념 닭날개 / 1kg", "양념 닭날개, 1kg, 1개", order.Block, KindFlavor, "바베큐", ""},
		{"a taste in 맛 before the goods after a use", "캠핑용 매운맛 라면 / 5개", "라면, 5개", order.Block, KindFlavor, "매운맛", ""},
		{"a taste in 맛 before the goods after a person", "어린이용 딸기맛 치약 / 75g", "어린이 치약, 75g", order.Block, KindFlavor, "딸기맛", ""},
		{"a taste in 맛 among uses", "쌀 물엿 요리용 단맛 볶음 / 700g", "쌀 물엿, 700g", "", "", "", ""},
		{"a food before the goods after a use", "캠핑용 딸기 잼 / 300g", "딸기 잼, 300g", "", "", "", ""},
	})
}
