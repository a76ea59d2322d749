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
		{"another second end", "고속 충전 케이블 / C to C 1m", "고속 충전 케이블 C to 8핀 1m, 1개", order.Block, KindPort, "C", "8핀"}, // the bare C ends are ports (cableends.go)
		{"the same ends spelt otherwise", "충전 케이블 / USB-C to 라이트닝 1m", "충전케이블 C타입 to 8핀 1m, 1개", "", "", "", ""},
		{"a bare USB end is the A plug", "OTG 젠더 / USB to C타입", "OTG 젠더 USB-A to USB-C, 1개", "", "", "", ""},
		{"USB-C is one end, not a dash of two", "USB-C 허브 / 7in1", "USB C타입 허브 7in1, 1개", "", "", "", ""},
	})
}

// TestCableEndsEitherWay: a cable with a USB plug at each end is one cable whichever end its
// name writes first, while a gender or an OTG adapter (a plug and a socket) and a video
// conversion still block the other way round. Names of no table.
func TestCableEndsEitherWay(t *testing.T) {
	runNameCases(t, []nameCase{
		{"A to C against C to A", "고속 충전 케이블 USB A to C / 2m", "C to A 고속충전케이블 2m, 1개", "", "", "", ""},
		{"Lightning to C against C to Lightning", "Lightning to USB-C 고속충전 케이블 / 1m", "USB-C to 라이트닝 고속 충전 케이블 1m, 1개", "", "", "", ""},
		{"micro USB to C against C to micro USB", "데이터 케이블 마이크로5핀 to USB-C / 1m", "USB-C to 마이크로5핀 데이터 케이블 1m, 1개", "", "", "", ""},
		{"a two-head cable's ends joined by a dash", "2in1 충전 케이블 / 8핀-C타입", "2in1 고속충전 케이블 C타입-8핀, 1개", "", "", "", ""},
		{"an OTG gender the other way round", "OTG 젠더 / C to A", "USB A to C 변환 젠더, 1개", order.Block, KindPort, "C to A", "A to C"},
		{"an adapter named in the title only", "USB-C to 라이트닝 어댑터 / 화이트", "Lightning to USB-C 어댑터 화이트, 1개", order.Block, KindPort, "USB-C to 라이트닝", "Lightning to USB-C"},
		{"a video conversion cable the other way round", "HDMI to VGA 변환 케이블 / 1.8m", "VGA to HDMI 변환 케이블 1.8m, 1개", order.Block, KindPort, "HDMI to VGA", "VGA to HDMI"},
	})
}
