package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestDoseMetals: a metal in a supplement counted in doses is a nutrient, compared as a word
// (another ingredient in its place asks for a look, its loanword is the same nutrient); in a name
// of hardware it is still the material (names of no table).
func TestDoseMetals(t *testing.T) {
	runNameCases(t, []nameCase{
		{"another ingredient beside biotin", "뉴트리원 비오틴 셀레늄 90정 / 1개", "뉴트리원 비오틴 아연, 90정", order.Warn, KindWord, "셀레늄", "아연"},
		{"zinc written as the loanword", "나우푸드 아연 50mg 250정 / 1병", "NOW Foods 징크 50mg, 250정", "", "", "", ""},
		{"galvanized against stainless bolts", "육각볼트 M8 / 아연 100개", "육각볼트 M8 스텐, 100개", order.Block, KindMaterial, "아연", "스텐"},
	})
}
