package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// WE, a maker's code for white written after the model (CASIO PX-S1100 WE), is the colour white;
// against another colour it still blocks.
func TestWhiteColourCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"white as WE", "카시오 디지털피아노 PX-S1100 / 화이트", "CASIO 디지털피아노 PX-S1100 WE", "", "", "", ""},
		{"black against WE", "카시오 디지털피아노 PX-S1100 / 블랙", "CASIO 디지털피아노 PX-S1100 WE", order.Block, KindColor, "블랙", "WE"},
	})
}
