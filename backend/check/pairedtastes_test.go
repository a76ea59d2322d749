package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two taste stems written as one word (매콤달콤) describe the goods and name no flavour: the hot
// variant written by one name only still differs, and a name that writes no flavour against it
// states the same goods (names of no table).
func TestPairedTastes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the hot variant against sweet-and-spicy praise", "매콤달콤 떡볶이 소스 2kg 업소용 / 2kg", "떡볶이 소스 매운맛, 2kg, 1개", order.Block, KindFlavor, "", "매운맛"},
		{"the hot variant against praise written the other way", "달콤매콤 닭강정 양념 / 1kg", "닭강정 양념 매운맛, 1kg", order.Block, KindFlavor, "", "매운맛"},
		{"the praise and no flavour", "매콤달콤 떡볶이 소스 2kg 업소용 / 2kg", "떡볶이 소스, 2kg, 1개", "", "", "", ""},
		{"the praise written by both", "매콤달콤 떡볶이 소스 / 2kg", "떡볶이 소스 매콤달콤, 2kg", "", "", "", ""},
		{"spicy alone is the hot variant", "매콤 떡볶이 소스 / 2kg", "떡볶이 소스 매운맛, 2kg", "", "", "", ""},
	})
	for _, w := range []string{"매콤달콤", "새콤달콤", "달콤짭짤", "매콤새콤달콤"} {
		if !pairedTastes(w) {
			t.Errorf("%s is two taste stems", w)
		}
	}
	for _, w := range []string{"매콤", "달콤쿠키", "매콤불고기"} {
		if pairedTastes(w) {
			t.Errorf("%s is no pair of taste stems", w)
		}
	}
}
