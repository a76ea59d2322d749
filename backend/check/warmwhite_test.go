package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestWarmWhiteLight: an LED's warm white is not its white; a name that writes both, or a light
// colour on the other side, is read as before (names of no table).
func TestWarmWhiteLight(t *testing.T) {
	runNameCases(t, []nameCase{
		{"웜화이트 against 화이트", "LED 줄조명 5m / 웜화이트", "LED 줄조명 5m 화이트, 1개", order.Block, KindVariety, "웜화이트", "화이트"},
		{"백색 against 웜화이트", "T5 LED 간접조명 / 600mm 백색", "T5 LED 600mm 웜화이트, 1개", order.Block, KindVariety, "백색", "웜화이트"},
		{"white body, warm light", "LED 스탠드 / 화이트 웜화이트", "LED 스탠드 화이트, 1개", "", "", "", ""},
		{"웜화이트 is 전구색", "LED 줄조명 5m / 웜화이트", "LED 줄조명 5m 전구색, 1개", "", "", "", ""},
	})
}

// TestLampColoursInTwoRegisters: warm white (웜화이트, 전구색) in two registers; warm white is no daylight
// (names of no table).
func TestLampColoursInTwoRegisters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a warm white lamp in two registers", "LED 전구 / 10W 웜화이트", "LED 전구 10W 전구색", "", "", "", ""},
		{"warm white is no daylight", "LED 전구 / 10W 전구색", "LED 전구 10W 주광색", order.Block, KindVariety, "전구색", "주광색"},
	})
}
