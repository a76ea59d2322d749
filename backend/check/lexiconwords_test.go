package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLoanwordAndNativeWords: a loanword and the native word, also inside a compound, are one
// goods; two goods of the lexicon, or roasted and raw, still differ (names of no table).
func TestLoanwordAndNativeWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a loanword and the native word", "코치 가죽 장갑 / 블랙 M", "COACH 레더 글러브 블랙 M", "", "", "", ""},
		{"a loanword inside a compound", "송월 호텔 배스타월 / 화이트 2장", "송월 호텔 목욕수건 화이트 2장", "", "", "", ""},
		{"an adult dog food", "로얄캐닌 미니 어덜트 / 3kg", "로얄캐닌 미니 성견용 사료 3kg", "", "", "", ""},
		{"two goods of the lexicon still differ", "스와로브스키 팔찌 / 실버", "스와로브스키 이어링 실버", order.Warn, KindWord, "팔찌", "이어링"},
		{"roasted is not raw", "산과들에 구운 캐슈넛 / 500g", "산과들에 생 캐슈넛 500g", order.Warn, KindWord, "구운", "생"},
	})
}
