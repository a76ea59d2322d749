package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestDescribedFansAndPlates: a title that counts the fans of a cooler or a case (팬 2개), the
// plates of a grill or a waffle maker (플레이트 3종) or the sensors of a kit (센서 4개) describes the goods, not how many come; the
// option's count and a count of goods the other name also calls a pan stay counts (names of no
// table).
func TestDescribedFansAndPlates(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the fans of a cooler", "ARGB 수랭쿨러 240mm 팬 2개 / 블랙", "수랭 쿨러 240mm, 블랙", "", "", "", ""},
		{"the plates of a waffle maker", "미니 와플메이커 플레이트 3종 / 화이트", "미니 와플메이커 화이트", "", "", "", ""},
		{"the sensors of a tyre pressure kit", "무선 타이어 공기압 경보기 센서 4개 / 내장형", "무선 TPMS 공기압 경보기 내장형, 1세트", "", "", "", ""},
		{"sensors the other name sells stay counted", "도어 열림 센서 4개 / 화이트", "도어 열림 센서 화이트, 1개", order.Block, KindCount, "4개", "1개"},
		{"frying pans stay counted", "통주물 프라이팬 2개 / 28cm", "통주물 프라이팬 28cm", order.Block, KindCount, "2개", "1개(표기 없음)"},
	})
}
