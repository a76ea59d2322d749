package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBodyOnlyOption: a listing that joins a part with a plus and an option that chooses the goods
// alone (본체만, 베어툴) registers the goods without the part; any other option keeps it, and a
// name the buyer saw with the part is not the goods alone (names of no table).
func TestBodyOnlyOption(t *testing.T) {
	runNameCases(t, []nameCase{
		{"body only leaves the title's part out", "휴대용 열전사 프린터 + 감열지 5롤 / 본체만", "휴대용 열전사 프린터, 1개", "", "", "", ""},
		{"a bare tool leaves the title's part out", "충전 그라인더 GA100 + 연마석 / 베어툴", "충전 그라인더 GA100 베어툴", "", "", "", ""},
		{"another option keeps the part", "휴대용 열전사 프린터 + 감열지 5롤 / 기본구성", "휴대용 열전사 프린터, 1개", order.Block, KindBundle, "감열지", ""},
	})
}
