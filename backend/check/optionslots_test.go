package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A word of the seller's option stands against a word the catalogue writes anywhere in its
// title (optionslots.go); a word of the product name still needs the same place, and a label, a
// note or an included part of the option is no variant.
func TestOptionWordAnywhere(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an origin in the option against another in the title", "콜드브루 원액 / 케냐 1L", "콜드브루 과테말라 원액 1L, 1개", order.Warn, KindWord, "케냐", "과테말라"},
		{"a form in the option against another before the goods", "도자기 세면대 / 반다리 화이트", "도자기 긴다리 세면대 화이트, 1개", order.Warn, KindWord, "반다리", "긴다리"},
		{"words of the product name at other places are wording", "진공 보온병 / 500ml", "보온병 텀블러 500ml, 1개", "", "", "", ""},
		{"a label glued to a measure", "국산 단열 에어캡 / 폭50cm x 길이10m", "겨울 창문 단열 에어캡 50cm x 10m, 1롤", "", "", "", ""},
		{"a label glued to a key", "블루스 하모니카 / G키", "블루스 클래식 하모니카 G, 1개", "", "", "", ""},
		{"a note in brackets", "가죽 야구 글러브 11인치 / 브라운 (왼손착용)", "가죽 야구 글러브 시리즈 11인치, 브라운", "", "", "", ""},
		{"an included part", "세라믹 숫돌 SC-20 #800/#3000 / 받침대 포함", "SHAPTON 양면 숫돌 #800 #3000 SC20, 1개", "", "", "", ""},
		{"a type the other name spells another way", "대세 휠체어 / 보호자용 블랙", "대세 경량 보호자형 휠체어 검정, 1개", "", "", "", ""},
	})
}

// The explanation names both words as product words (상품명).
func TestOptionWordAnywhereReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"콜드브루 원액 / 케냐 1L", "콜드브루 과테말라 원액 1L, 1개", "상품명 케냐 ↔ 과테말라"},
	})
}
