package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A children's line against goods the other name calls a baby's (아기) is the same children's
// goods; against plain goods it still blocks (names of no table).
func TestBabyNounSaysTheChildrensGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a baby's bath", "아기 목욕 욕조 접이식 / 그레이", "유아용 접이식 욕조, 그레이", "", "", "", ""},
		{"a newborn's pillow", "신생아 짱구베개 / 아이보리", "유아용 짱구 베개, 아이보리", "", "", "", ""},
		{"plain goods", "접이식 욕조 / 그레이", "유아용 접이식 욕조, 그레이", order.Block, attrTarget, "", "유아용"},
	})
}
