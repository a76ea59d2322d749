package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The men's and the women's word side by side are goods for both (names of no table).
func TestBothGendersAreUnisex(t *testing.T) {
	runNameCases(t, []nameCase{
		{"boys and girls against unisex", "아동 패딩 점퍼 남아 여아 겨울 / 네이비 140", "아동 패딩 점퍼 남녀공용 네이비 140", "", "", "", ""},
		{"men and women against 공용", "남성 여성 러닝화 / 블랙 250", "러닝화 공용 블랙 250", "", "", "", ""},
		{"unisex against men and women", "남녀공용 후드티 / L", "남자 여자 후드티 L", "", "", "", ""},
		{"boys and girls against unisex in Latin", "키즈 래쉬가드 남아 여아 / 110", "키즈 래쉬가드 unisex 110", "", "", "", ""},
		{"boys alone against unisex", "아동 패딩 점퍼 남아 / 네이비 140", "아동 패딩 점퍼 남녀공용 네이비 140", order.Block, KindTarget, "남아", "남녀공용"},
		{"men and women against children", "남성 여성 러닝화 / 블랙 250", "러닝화 아동 블랙 250", order.Block, KindTarget, "남성, 여성", "아동"},
		{"men alone against women", "남자 커플 슬리퍼 / 260", "커플 슬리퍼 여성 260", order.Block, KindTarget, "남자", "여성"},
	})
}
