package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGoodsNameReadAsFlavour: a word the vocabulary of names of one thing spells as the goods the
// other name writes (가당연유 for 연유, 피넛버터 for 땅콩버터) is that name, not a flavour written on
// one side; a flavour the other name writes against it, and a flavoured word of no such spelling
// (딸기우유 against 우유), still differ (after68, names of no table).
func TestGoodsNameReadAsFlavour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the sweetened name of condensed milk", "남양 가당연유 튜브 / 300g", "남양 연유 튜브, 300g, 1개", "", "", "", ""},
		{"peanut butter in its loanword", "지프 피넛버터 크런치 / 454g", "JIF 땅콩버터 크런치 454g, 1개", "", "", "", ""},
		{"an unsweetened one against it", "남양 가당연유 / 300g", "남양 무가당 연유 300g, 1개", order.Block, KindFlavor, "가당연유", "무가당"},
		{"a flavoured milk against plain milk", "빙그레 딸기우유 / 240ml", "빙그레 우유 240ml, 1개", order.Block, KindFlavor, "딸기우유", ""},
		{"another nut butter", "지프 피넛버터 크런치 / 454g", "JIF 아몬드버터 크런치 454g, 1개", order.Block, KindFlavor, "피넛버터", ""},
	})
}
