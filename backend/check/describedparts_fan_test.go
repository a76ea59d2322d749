package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestDescribedFansAndPlates: a title that counts the fans of a cooler or a case (팬 2개) or the
// plates of a grill or a waffle maker (플레이트 3종) describes the goods, not how many come; the
// option's count and a count of goods the other name also calls a pan stay counts (names of no
// table).
func TestDescribedFansAndPlates(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the fans of a cooler", "ARGB 수랭쿨러 240mm 팬 2개 / 블랙", "수랭 쿨러 240mm, 블랙", "", "", "", ""},
		{"the plates of a waffle maker", "미니 와플메이커 플레이트 3종 / 화이트", "미니 와플메이커 화이트", "", "", "", ""},
		{"frying pans stay counted", "통주물 프라이팬 2개 / 28cm", "통주물 프라이팬 28cm", order.Block, KindCount, "2개", "1개(표기 없음)"},
	})
}
