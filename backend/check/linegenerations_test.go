package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLineGenerations: a number after a line's tier or variant (베이직 2, 프로 2) is the line's
// generation, compared like one after a plain word; the same generation written otherwise passes
// (names of no table).
func TestLineGenerations(t *testing.T) {
	runNameCases(t, []nameCase{
		{"베이직 2 against 베이직", "디지털 커피저울 베이직 / 블랙", "디지털 커피저울 베이직 2, 블랙, 1개", order.Block, KindModel, "베이직", "베이직 2"},
		{"프로 2 against 프로", "무선 이어폰 버즈 프로 2 / 화이트", "무선 이어폰 버즈 프로 화이트, 1개", order.Block, KindModel, "프로 2", "프로"},
		{"프로 2 against 프로 2세대", "무선 이어폰 에어팟 프로 2 / 1개", "무선 이어폰 에어팟 프로 2세대, 1개", "", "", "", ""},
		{"베이직 2 against 베이직2", "디지털 커피저울 베이직 2 / 블랙", "디지털 커피저울 베이직2 블랙, 1개", "", "", "", ""},
	})
}
