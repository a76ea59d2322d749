package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestStorageGrams: a power of two in grams beside storage in GB is storage (8G, 256GB), however
// the G is written (names of no table).
func TestStorageGrams(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a capital G beside GB", "레노버 탭 P12 / 8GB 256GB", "레노버 탭 P12 8G 256GB 그레이", "", "", "", ""},
		{"another memory in a capital G", "레노버 탭 P12 / 16GB 256GB", "레노버 탭 P12 8G 256GB", order.Block, KindStorage, "16GB", "8G"},
		{"a small g beside gb", "레노버 탭 P12 / 8GB 256GB", "레노버 탭 p12 8g 256gb 그레이", "", "", "", ""},
		{"a personal set beside pieces", "코렐 식기세트 / 4인 16P", "코렐 식기세트 4인조 16피스", "", "", "", ""},
	})
}
