package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSetOfPieces: one set sold against the pieces of its one pack (1세트 against 3개입, or 2개
// 1세트 against a name that counts none) is one sale of the same goods; another number of sets or
// a quantity sold still differs (names of no table).
func TestSetOfPieces(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one set against its pieces", "실리콘 냄비받침 주방 / 1세트", "실리콘 냄비받침, 3개입", "", "", "", ""},
		{"pieces against one set", "스텐 꼬치 바베큐 / 6개입", "스텐 바베큐 꼬치, 1세트", "", "", "", ""},
		{"pieces in one set against no count", "요가 블록 EVA / 퍼플", "요가 블록 EVA 퍼플, 2개 1세트", "", "", "", ""},
		{"two sets against one pack", "실리콘 냄비받침 / 2세트", "실리콘 냄비받침, 3개입", order.Block, KindCount, "2개", "3개"},
		{"one set against a quantity sold", "실리콘 냄비받침 / 1세트", "실리콘 냄비받침, 3개", order.Block, KindCount, "1개", "3개"},
		{"three sets against pieces in one set", "요가 블록 EVA / 3세트", "요가 블록 EVA, 2개 1세트", order.Block, KindCount, "3개", "2개"},
	})
}
