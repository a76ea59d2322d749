package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The number of a resolution (4K) is not a bare number the other name writes: two splitters or
// switches that both carry 4K and write other port ratios are two goods; a model's digits still
// explain a bare number (names of no table).
func TestResolutionIsNoBareNumber(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two splitter ratios beside 4K", "HDMI 분배기 1:2 4K / 1개", "HDMI 분배기 1:4 4K, 1개", order.Block, KindSize, "2", "4"},
		{"two switch ratios beside 4K", "KVM 스위치 4K 2:1 / 블랙", "KVM 스위치 4K 4:1 블랙, 1개", order.Block, KindSize, "2", "4"},
		{"one ratio written two ways beside 4K", "HDMI 분배기 1:4 4K / 1개", "HDMI 분배기 1x4 4K, 1개", "", "", "", ""},
		{"a model's digits written bare", "브레빌 BES870 / 실버", "브레빌 870 에스프레소 머신 실버, 1개", "", "", "", ""},
	})
}
