package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSetPartsAgainstASetName: a part the seller's name lists, against a name that calls the
// goods a set without listing its parts, is 확인 필요, not a block; against a name that does not
// say set, or counts the kinds of the set, it still blocks (names of no table).
func TestSetPartsAgainstASetName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the catalogue calls it a set", "한일 믹서기 / 본품+분쇄컵", "한일 믹서기 분쇄컵 세트", order.Warn, KindBundle, "본품", ""},
		{"the set of one model: its main item (mainitemsets.go)", "한일 믹서기 HMB-500 / 본품+분쇄컵", "한일 믹서기 HMB-500 분쇄컵 세트", "", "", "", ""},
		{"no set word: the part is missing", "한일 믹서기 HMB-500 / 본품+분쇄컵", "한일 믹서기 HMB-500, 1개", order.Block, KindBundle, "본품", ""},
		{"a set whose kinds are counted", "주방 칼 세트 / 4종 + 칼꽂이", "주방 칼 세트 4종", order.Block, KindBundle, "칼꽂이", ""},
	})
}
