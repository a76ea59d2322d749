package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// The micro sign of a value written as a code (100μF, 200μL) is often typed as u (100uF, 200ul):
// one value either way, and another value still differs.
func TestMicroSignWrittenAsU(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "capacitor in uF and μF", reg: "알루미늄 전해 콘덴서 / 470uF 35V 20개", exp: "전해 커패시터 470μF 35V, 20개"},
		{name: "micro sign before NFKC", reg: "탄탈 콘덴서 / 10uF 16V", exp: "탄탈 커패시터 10µF 16V"},
		{name: "pipette tips in ul and μL", reg: "피펫팁 / 1000ul 500개", exp: "1000μL 피펫 팁, 500개"},
		{name: "another capacitance", reg: "알루미늄 전해 콘덴서 / 470uF 35V 20개", exp: "전해 커패시터 1000μF 35V, 20개",
			severity: order.Block, kind: KindModel, r: "470uF", e: "1000μF"},
	})
	assert.Equal(t, "100uf", codeKey("100μf"))
	assert.Equal(t, "smr630", codeKey("sm-r630"))
	assert.Equal(t, "10ω", codeKey("10ω"), "another Greek letter is kept")
}
