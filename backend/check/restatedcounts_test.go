package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two counts side by side with no multiplier between them restate one count, or put a spec beside
// it, when the other name writes one of them alone with the same counter (restatedcounts.go);
// another counter word, or a multiplier, keeps the product.
func TestRestatedCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a total with its boxes", "생수 무라벨 500ml / 500ml 40개 2박스", "무라벨 생수 500ml, 40개", "", "", "", ""},
		{"a dozen restated", "골프공 연습용 로스트볼 / 12개 1다스", "연습용 로스트볼 골프공, 12개", "", "", "", ""},
		{"a spec beside the sheets", "라벨지 A4 물류용 / 21칸 100매", "A4 물류 라벨지 100매", "", "", "", ""},
		{"another counter word keeps the boxes", "라텍스 장갑 / S 100매 10박스", "라텍스 장갑 S, 100개", order.Block, KindCount, "1000개", "100개"},
		{"a multiplier keeps the product", "생수 무라벨 500ml / 500ml 40개 x 2박스", "무라벨 생수 500ml, 40개", order.Block, KindCount, "80개", "40개"},
		{"neither count alone", "생수 무라벨 500ml / 500ml 40개 2박스", "무라벨 생수 500ml, 20개", order.Block, KindCount, "80개", "20개"},
	})
}
