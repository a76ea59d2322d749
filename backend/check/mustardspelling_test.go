package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMustardWrittenBothWays: 머스터드 (the standard spelling) and 머스타드 are one colour and one
// sauce; a mustard colour against another colour still blocks (names of no table).
func TestMustardWrittenBothWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a honey mustard sauce spelt two ways", "청정원 허니머스터드 소스 / 300g", "청정원 허니 머스타드 소스, 300g, 1개", "", "", "", ""},
		{"a mustard knit spelt two ways", "울 니트 가디건 / 머스터드 FREE", "울 니트 가디건 머스타드, FREE", "", "", "", ""},
		{"mustard against navy", "울 니트 가디건 / 머스터드 FREE", "울 니트 가디건 네이비, FREE", order.Block, KindColor, "머스터드", "네이비"},
	})
}
