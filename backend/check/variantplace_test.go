package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A listed value in the seller's option that the catalogue does not state, against a word
// nothing explains where the catalogue writes its variant (the end of its title, after its first
// comma), asks for a look (variantplace.go); and the other way round.
func TestValueAgainstAWordInTheVariantPlace(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a shape against a word", "아크릴 키링 / 하트", "아크릴 키링 클로버, 1개", order.Warn, KindShape, "하트", "클로버"},
		{"a skin type against a word", "바디워시 / 민감성 500ml", "바디워시 쿨링, 500ml, 1개", order.Warn, KindSkin, "민감성", "쿨링"},
		{"a wood against a word", "원목 수납장 / 월넛", "원목 수납장 화이트워시, 1개", order.Warn, KindMaterial, "월넛", "화이트워시"},
		{"the catalogue's pattern after its comma", "무릎담요 / 곰돌이", "무릎담요, 체크, 1개", order.Warn, KindPattern, "곰돌이", "체크"},
		{"the catalogue's pattern ending its title", "어린이 우산 / 공룡", "어린이 우산 도트, 1개", order.Warn, KindPattern, "공룡", "도트"},
	})
}

// What the rule leaves: the value stated by both, a one-syllable word, two words of one head, a
// value written inside the other's word, a word outside the variant place, a word the vocabulary
// knows as wording, and a one-word title that names the goods.
func TestValueAgainstAWordInTheVariantPlaceGuards(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the value stated by both", "선크림 / 민감성 50ml", "선크림 민감성 피부용, 50ml", "", "", "", ""},
		{"one syllable", "멜빵바지 / 데님", "멜빵바지 청, 1개", "", "", "", ""},
		{"one head", "핑크솔트 / 가는입자 1kg", "핑크솔트 고운입자, 1kg", "", "", "", ""},
		{"inside the other's word", "면봉 / 원통 200개", "면봉 200P 원통형 케이스", "", "", "", ""},
		{"before the goods' name", "쉐이빙젤 / 민감성 198g", "수분 쉐이빙젤 대용량, 198g", "", "", "", ""},
		{"the value before the goods", "아크릴 키링 / 하트", "하트 아크릴 키링, 1개", "", "", "", ""},
		{"a size word", "원목 도마 / 월넛", "원목 도마 대형, 1개", "", "", "", ""},
		{"a one-word title", "수건 / 코튼 40수", "호텔수건 40수, 1개", "", "", "", ""},
	})
}

func TestValueAgainstAWordInTheVariantPlaceReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"아크릴 키링 / 하트", "아크릴 키링 클로버, 1개", "모양 하트 ↔ 클로버"},
	})
}
