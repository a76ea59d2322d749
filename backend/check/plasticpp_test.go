package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPolypropyleneIsPlastic: PP is a plastic; against glass or stainless steel it is another
// material (names of no table).
func TestPolypropyleneIsPlastic(t *testing.T) {
	runNameCases(t, []nameCase{
		{"PP is 플라스틱", "밀폐용기 사각 / 플라스틱 1.2L", "PP 밀폐용기 1.2L, 1개", "", "", "", ""},
		{"PP against 유리", "비커 실험용 / 500ml 유리", "PP 비커 500ml, 1개", order.Block, KindMaterial, "유리", "PP"},
		{"PP against 스텐", "양념통 / 스텐 300ml", "PP 양념통 300ml, 1개", order.Block, KindMaterial, "스텐", "PP"},
	})
}
