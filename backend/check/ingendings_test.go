package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A noun ending and its -ing form are one word (사선컷 / 사선커팅); another stem is not (names of
// no table).
func TestIngSpellingsAreOneWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a diagonal cut", "사선컷 테이프클리너 리필 / 16cm 3롤", "사선커팅 테이프클리너 리필 160mm, 3개", "", "", "", ""},
		{"no cut band", "노컷 밴딩 스타킹 / 살색", "노커팅 밴딩 스타킹 살색", "", "", "", ""},
		{"a silk print", "실크프린트 반팔 티셔츠 / 화이트 L", "실크프린팅 반팔 티셔츠 화이트 L", "", "", "", ""},
		{"another cut", "사선컷 테이프클리너 리필 / 3롤", "일자커팅 테이프클리너 리필 3개", order.Warn, KindWord, "사선컷", "일자커팅"},
	})
}
