package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 조 counts sets as 세트 does: 4조 against 1조, 4개 is four sets; another number of sets blocks.
func TestJoCountsSets(t *testing.T) {
	runNameCases(t, []nameCase{
		{"sets counted in 조 against pieces of one 조", "선반 브라켓 꺾쇠 / 250mm 4조", "선반 브라켓 250mm 1조, 4개", "", "", "", ""},
		{"the same sets in 조 and 세트", "경첩 스테인리스 / 3조", "스테인리스 경첩, 3세트", "", "", "", ""},
		{"another number of sets", "선반 브라켓 꺾쇠 / 250mm 4조", "선반 브라켓 250mm 1조, 8개", order.Block, KindCount, "4개", "8개"},
	})
}
