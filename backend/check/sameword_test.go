package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSameWordReadTwoWays: a listed word both names write is not a value one of them leaves
// out, however its place reads it (names of no table).
func TestSameWordReadTwoWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{"미니 at the end and before a noun", "네스카페 수프리모 미니 / 1.1g 100개입", "네스카페 미니 수프리모 아메리카노 1.1g 100개입", "", "", "", ""},
		{"미니 said by one name still differs", "네스카페 수프리모 미니 / 1.1g 100개입", "네스카페 수프리모 아메리카노 1.1g 100개입", order.Block, KindVariant, "미니", ""},
		{"a model word against none still differs", "애플 아이패드 / 64GB 실버", "애플 아이패드 미니 64GB 실버", order.Block, KindVariant, "", "미니"},
	})
}
