package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A scent or a flavour written with a space before its last word and its ending (베이비 파우더향)
// is the value the other name writes as one word (베이비파우더); another value still differs.
func TestSpacedTastes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a scent spaced", "방향제 스프레이 300ml / 베이비파우더", "베이비 파우더향 방향제 스프레이, 300ml", "", "", "", ""},
		{"a flavour spaced", "치즈버거 스낵 / 치즈버거", "치즈 버거맛 스낵", "", "", "", ""},
		{"another flavour", "치즈버거 스낵 / 치즈버거", "불고기 버거맛 스낵", order.Block, KindFlavor, "치즈버거", "버거맛"},
		{"another scent", "방향제 스프레이 300ml / 베이비파우더", "라벤더향 방향제 스프레이, 300ml", order.Block, KindScent, "베이비파우더", "라벤더향"},
	})
}
