package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestClothCounts: a cross-stitch cloth's count written 카운트 and ct is one measure (names of
// no table); ct against a name without 카운트 is left as it was.
func TestClothCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"18카운트 is 18ct", "아이다 십자수천 / 18카운트 아이보리", "Aida 18ct 아이보리, 1개", "", "", "", ""},
		{"11카운트 against 14ct", "아이다 십자수천 / 11카운트 아이보리", "Aida 14ct 아이보리, 1개", order.Block, KindUnit, "11카운트", "14ct"},
		{"16CT against 18카운트", "Aida 원단 / 16CT 블랙", "아이다천 18카운트 블랙, 1개", order.Block, KindUnit, "16CT", "18카운트"},
	})
}
