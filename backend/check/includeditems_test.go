package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The goods and a part joined by a plus against the goods with the part said included are one
// set (round82, names of no table); a part the other does not include still counts two.
func TestItemsJoinedAgainstPartIncluded(t *testing.T) {
	runNameCases(t, []nameCase{
		{"refill included against main plus refill", "라네즈 네오쿠션 매트 15g 리필포함 / 21N", "LANEIGE 네오쿠션 매트 본품 15g+리필 15g, 21N", "", "", "", ""},
		{"refill written included apart", "라네즈 네오쿠션 매트 15g 리필 포함 / 21N", "LANEIGE 네오쿠션 매트 본품 15g+리필 15g, 21N", "", "", "", ""},
		{"nothing included", "라네즈 네오쿠션 매트 15g 퍼프포함 / 21N", "LANEIGE 네오쿠션 매트 본품 15g+리필 15g, 21N", order.Block, KindCount, "1개(표기 없음)", "2개"},
	})
}
