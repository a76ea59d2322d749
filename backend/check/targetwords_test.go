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
