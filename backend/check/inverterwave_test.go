package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestInverterWave: an inverter's pure sine wave (정현파, 순수정현파) is not a modified one
// (유사정현파, 수정정현파) (names of no table).
func TestInverterWave(t *testing.T) {
	runNameCases(t, []nameCase{
		{"순수정현파 is 정현파", "캠핑용 인버터 24V / 2000W 순수정현파", "정현파 인버터 24V 2000W, 1개", "", "", "", ""},
		{"수정정현파 is 유사정현파", "차량용 인버터 / 12V 500W 수정정현파", "유사정현파 인버터 12V 500W, 1개", "", "", "", ""},
		{"정현파 against 유사정현파", "파워 인버터 12V / 3000W 유사정현파", "순수정현파 인버터 12V 3000W, 1개", order.Block, KindVariety, "유사정현파", "순수정현파"},
	})
}
