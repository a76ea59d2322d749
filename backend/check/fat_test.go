package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFatContent: low fat is not fat free nor the full-fat goods (names of no table).
func TestFatContent(t *testing.T) {
	runNameCases(t, []nameCase{
		{"low fat is not fat free", "서울우유 / 저지방 1L", "서울우유 무지방 1L", order.Block, KindFat, "저지방", "무지방"},
		{"low fat on one side", "서울우유 멸균우유 / 200ml 24팩", "서울우유 저지방 멸균우유 200ml 24팩", order.Block, KindFat, "", "저지방"},
	})
}
