package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 미니 written last in a seller's search title of three words or more describes the goods
// (mini.go, endsSearchTitle); 미니 after a line's name alone, or Mini in Latin letters, names
// a model.
func TestMiniEndingSearchTitle(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a fan described small", "휴대용 선풍기 무선 충전식 미니 / 화이트", "충전식 무선 휴대용 선풍기 화이트", "", "", "", ""},
		{"after a model code", "키친아트 전기포트 KK-1200 미니 / 0.8L", "키친아트 KK1200 전기포트 0.8L", "", "", "", ""},
		{"a line named Mini", "LG 스탠바이미 미니 / 1대", "LG 스탠바이미 27인치, 1개", order.Block, KindVariant, "미니", ""},
		{"Mini in Latin letters", "로지텍 무선 키보드 MX Keys Mini / 그래파이트", "로지텍 무선 키보드 MX Keys 그래파이트", order.Block, KindVariant, "Mini", ""},
	})
}
