package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesFifthRound: the rules of the fifth round, one or more cases each on names of
// no table: gender lines written as loanwords, Hangul spellings of one loanword, more areas of
// the vocabulary, and sizes and codes written another way.
func TestCompareNamesFifthRound(t *testing.T) {
	tests := []nameCase{
		// gender lines written as loanwords
		{"a men's line against a women's one", "로레알 맨 엑스퍼트 클렌징폼 / 150ml", "로레알 클렌징폼 여성용 150ml", order.Block, KindTarget, "맨", "여성용"},
		{"homme against women", "랑방 옴므 향수 / 100ml", "랑방 향수 우먼 100ml", order.Block, KindTarget, "옴므", "우먼"},
		{"a lady's line against a men's", "아디다스 레이디 데오드란트 / 150ml", "아디다스 포맨 데오드란트 150ml", order.Block, KindTarget, "레이디", "포맨"},
		{"men as a loanword and men's", "질레트 맨 쉐이빙폼 / 200ml", "질레트 남성용 쉐이빙폼 200ml", "", "", "", ""},
		{"a men's line on one side is wording", "비오템 옴므 아쿠아파워 / 75ml", "비오템 아쿠아파워 75ml", "", "", "", ""},
	}
	runNameCases(t, tests)
}
