package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 코튼 beside clothes, bags and home textiles is their cloth, not a scent (names of no table).
func TestCottonOfClothGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a canvas pouch", "코튼 캔버스 멀티 파우치 이니셜 / M 아이보리", "캔버스 멀티 파우치 아이보리 M", "", "", "", ""},
		{"an apron", "코튼 앞치마 카페 / 네이비", "카페 앞치마 네이비", "", "", "", ""},
		{"pyjamas", "코튼 파자마 세트 여성 / M", "여성 파자마 세트 M", "", "", "", ""},
		{"a curtain", "코튼 커튼 암막 / 베이지", "암막 커튼 베이지", "", "", "", ""},
		{"an eco bag", "코튼 에코백 / 블랙", "에코백 블랙", "", "", "", ""},
		{"a softener's scent", "섬유유연제 코튼 향 리필 / 1L", "섬유유연제 라벤더 리필 1L", order.Block, KindScent, "코튼 향", "라벤더"},
		{"a diffuser's scent", "디퓨저 코튼 / 200ml", "디퓨저 200ml", order.Block, KindScent, "코튼", ""},
		// another cloth named by the other side is compared (review77, names of no table)
		{"a linen shirt", "코튼 셔츠 오버핏 / L", "린넨 셔츠 오버핏, L, 1개", order.Block, KindScent, "코튼", ""},
		{"a silk pyjama", "코튼 파자마 세트 / M", "실크 파자마 세트, M, 1개", order.Block, KindScent, "코튼", ""},
		{"a wool blanket", "코튼 담요 / 대", "울 담요, 대, 1개", order.Block, KindScent, "코튼", ""},
	})
}
