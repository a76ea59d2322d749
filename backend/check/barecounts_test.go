package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestUnitLayouts: bare numbers multiplied by one (1x4, 2x1) are a layout of ports, not a count
// of packs; two layouts that differ still differ (names of no table).
func TestUnitLayouts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a hub's layout against its ports", "USB 허브 / 1x4", "USB 허브 4포트, 1개", "", "", "", ""},
		{"a switch's layout against one box", "HDMI 선택기 3x1 / 블랙", "HDMI 선택기 3x1 블랙, 1개", "", "", "", ""},
		{"a splitter against one box", "광 분배기 1x8 SC", "광 분배기 SC 1x8, 1개", "", "", "", ""},
		{"two layouts", "HDMI 분배기 1x2 / 1개", "HDMI 분배기 1x4, 1개", order.Block, KindSize, "2", "4"},
		{"packs are still packs", "샴푸 500ml x 2", "샴푸 500ml, 1개", order.Block, KindCount, "2개", "1개"},
	})
}
