package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGallons: a US gallon is 3.785 litres, written 갤런, gal or gallon (names of no table).
func TestGallons(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a gallon in litres", "쉐브론 부동액 / 1갤런", "Chevron 부동액 3.78L, 1개", "", "", "", ""},
		{"gal in litres", "심플그린 세정제 1gal / 1개", "Simple Green 세정제 3.78L, 1개", "", "", "", ""},
		{"a gallon against four litres", "쉐브론 부동액 / 1갤런", "Chevron 부동액 4L, 1개", order.Block, KindCapacity, "1갤런", "4L"},
	})
}

// TestQuarts: a US quart is 0.946 litres, written QT, quart or 쿼트, as cooler sizes are
// (names of no table).
func TestQuarts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"quarts in litres", "이글루 아이스박스 / 52QT", "Igloo 아이스박스 49L, 1개", "", "", "", ""},
		{"quarts against another volume", "이글루 아이스박스 / 52QT", "Igloo 아이스박스 25L, 1개", order.Block, KindCapacity, "52QT", "25L"},
	})
}
