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

// A search title that writes the option's count again restates it too; a title that writes
// another count, or a catalogue that counts more sets, still blocks.
func TestRestatedCountInTitle(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the title restates the set", "카본 등산스틱 접이식 4개1조 경량 / 4개1조", "카본 등산스틱 1조", "", "", "", ""},
		{"the title restates the box", "골프공 로스트볼 12개 1다스 / 12개 1다스", "로스트볼 골프공, 12개", "", "", "", ""},
		{"more sets", "카본 등산스틱 접이식 4개1조 경량 / 4개1조", "카본 등산스틱 2조", order.Block, KindCount, "4개", "2개"},
		{"another count in the title", "카본 등산스틱 2개1조 경량 / 4개1조", "카본 등산스틱 1조", order.Block, KindCount, "8개", "1개"},
	})
}
