package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// N.5 is No.5 with the number sign abbreviated (round70, names of no table): the same number
// passes, another number blocks.
func TestAbbreviatedNumberSign(t *testing.T) {
	runNameCases(t, []nameCase{
		{"pasta number", "데체코 링귀네 No.7 파스타면 / 500g", "De Cecco 링귀네 N.7, 500g", "", "", "", ""},
		{"brush number", "수채화 둥근붓 N.12 / 1개", "수채화 둥근붓 No.12, 1개", "", "", "", ""},
		{"another pasta number", "데체코 링귀네 No.7 파스타면 / 500g", "De Cecco 링귀네 N.11, 500g", order.Block, KindModel, "No.7", "N.11"},
		{"another brush number", "수채화 둥근붓 N.12 / 1개", "수채화 둥근붓 No.8, 1개", order.Block, KindModel, "N.12", "No.8"},
	})
}
