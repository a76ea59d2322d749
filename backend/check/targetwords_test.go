package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTargetWordsOfShops: 신사 and 숙녀 (gentlemen's and ladies' goods) name men and women as
// 남성 and 여성 do, and 소아 (paediatric) names children as 아동 and 유아 do.
func TestTargetWordsOfShops(t *testing.T) {
	runNameCases(t, []nameCase{
		{"gentlemen's against women's", "닥터 손수건 선물 / 신사 네이비", "닥터 손수건 여성 네이비, 1개", order.Block, KindTarget, "신사", "여성"},
		{"gentlemen's is men's", "닥터 손수건 선물 / 신사 네이비", "닥터 손수건 남성용 네이비, 1개", "", "", "", ""},
		{"ladies' against men's", "양털 장갑 / 숙녀 베이지", "양털 장갑 남성 베이지", order.Block, KindTarget, "숙녀", "남성"},
		{"paediatric against adult", "가정용 체온계 / 소아용 화이트", "가정용 체온계 성인용 흰색", order.Block, KindTarget, "소아용", "성인용"},
		{"paediatric is for children", "가정용 체온계 / 소아용 화이트", "가정용 체온계 아동용 흰색", "", "", "", ""},
	})
}

// TestTargetsOfTheGoods: men's, women's and children's lines written as loanwords (맨, 옴므, 우먼, 레이디,
// 키즈) or with 용, toddlers against juniors; men's or a bare word for babies on one side is wording
// (names of no table).
func TestTargetsOfTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a kids' line on one side", "블랙야크 방한 장갑 / 블랙 M", "블랙야크 키즈 방한 장갑 블랙 M", order.Block, KindTarget, "", "키즈"},
		{"men's on one side is wording", "블랙야크 방한 장갑 / 블랙 M", "블랙야크 남성 방한 장갑 블랙 M", "", "", "", ""},
		{"a toddler seat is not a junior seat", "순성 카시트 / 토들러 그레이", "순성 카시트 주니어 그레이", order.Block, KindTarget, "토들러", "주니어"},
		{"a men's line against a women's one", "로레알 맨 엑스퍼트 클렌징폼 / 150ml", "로레알 클렌징폼 여성용 150ml", order.Block, KindTarget, "맨", "여성용"},
		{"homme against women", "랑방 옴므 향수 / 100ml", "랑방 향수 우먼 100ml", order.Block, KindTarget, "옴므", "우먼"},
		{"a lady's line against a men's", "아디다스 레이디 데오드란트 / 150ml", "아디다스 포맨 데오드란트 150ml", order.Block, KindTarget, "레이디", "포맨"},
		{"men as a loanword and men's", "질레트 맨 쉐이빙폼 / 200ml", "질레트 남성용 쉐이빙폼 200ml", "", "", "", ""},
		{"a men's care line", "니베아 맨케어 로션 / 200ml", "니베아 우먼케어 로션 200ml", order.Block, KindTarget, "맨케어", "우먼케어"},
		{"skin care is no toner", "이니스프리 스킨케어 세트 / 3종", "이니스프리 세트 3종", "", "", "", ""},
		{"a men's line on one side is wording", "비오템 옴므 아쿠아파워 / 75ml", "비오템 아쿠아파워 75ml", "", "", "", ""},
		{"a children's toothpaste on one side", "페리오 치약 / 100g 3개", "페리오 어린이용 치약 100g 3개", order.Block, KindTarget, "", "어린이용"},
		{"children's in two registers", "페리오 어린이용 치약 / 100g", "페리오 키즈 치약 100g", "", "", "", ""},
		{"a bare word for babies describes", "베베쿡 쌀과자 / 30g", "베베쿡 유아 쌀과자 30g", "", "", "", ""},
	})
}
