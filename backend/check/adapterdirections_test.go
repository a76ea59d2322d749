package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestAdapterDirections: an adapter's "A to B" names its ends in order (adapterdirections.go);
// names of no table.
func TestAdapterDirections(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the same ends the other way round", "HDMI to DP 변환 케이블 / 2m", "DP to HDMI 변환케이블 2m, 1개", order.Block, KindPort, "HDMI to DP", "DP to HDMI"},
		{"an OTG gender against its reverse", "OTG 젠더 USB-C to USB-A / 2개", "OTG 젠더 A타입 to C타입, 2개", order.Block, KindPort, "USB-C to USB-A", "A타입 to C타입"},
		{"the ends joined by a dash", "변환젠더 C타입 to 8핀 / 1개", "변환젠더 8핀-C타입, 1개", order.Block, KindPort, "C타입 to 8핀", "8핀-C타입"},
		{"another second end", "고속 충전 케이블 / C to C 1m", "고속 충전 케이블 C to 8핀 1m, 1개", order.Block, KindPort, "C to C", "C to 8핀"},
		{"the same ends spelt otherwise", "충전 케이블 / USB-C to 라이트닝 1m", "충전케이블 C타입 to 8핀 1m, 1개", "", "", "", ""},
		{"a bare USB end is the A plug", "OTG 젠더 / USB to C타입", "OTG 젠더 USB-A to USB-C, 1개", "", "", "", ""},
		{"USB-C is one end, not a dash of two", "USB-C 허브 / 7in1", "USB C타입 허브 7in1, 1개", "", "", "", ""},
	})
}
