package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A compound one name writes as one word and the other in two pieces is one value
// (splitcompounds.go); a piece the other name does not write still differs.
func TestSplitCompounds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a kind of tofu in two pieces", "CJ 국산콩 찌개두부 / 300g x 2", "CJ 국산콩두부 찌개용 300g 2개", "", "", "", ""},
		{"a kind of sugar in two pieces", "백설 하얀 건강설탕 / 1kg", "백설 하얀설탕 1kg, 1개", "", "", "", ""},
		{"another kind of sugar", "백설 갈색 설탕 / 1kg", "백설 하얀설탕 1kg, 1개", order.Block, KindGoods, "갈색 설탕", "하얀설탕"},
		{"one piece written, the other not", "CJ 국산콩 찌개 / 300g x 2", "CJ 국산콩두부 찌개용 300g 2개", order.Block, KindGoods, "", "국산콩두부"},
	})
}
