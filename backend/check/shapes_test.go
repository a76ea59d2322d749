package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestShapes: assorted (모둠, 모듬) is a shape of its own against sticks (봉) (names of no table).
func TestShapes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"assorted is a shape of its own", "고래사 어묵 / 모둠 500g", "고래사 어묵 봉 500g", order.Block, KindShape, "모둠", "봉"},
		{"assorted spelt two ways", "고래사 어묵 / 모둠 500g", "고래사 모듬 어묵 500g", "", "", "", ""},
	})
}
