package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Both names write 미니 — one glued to PC after a code both write, the other apart — and the two
// agree: neither is forgotten alone (mini.go). Names of no table.
func TestMiniBothSides(t *testing.T) {
	runNameCases(t, []nameCase{
		{"glued after a shared code, apart after another", "미니스포럼 UM790 미니PC 인텔 N100 / 16GB 512GB", "MINISFORUM 미니 PC UM790 인텔 N100 16GB 512GB", "", "", "", ""},
		{"glued after a shared code, apart with a line word", "에이수스 PN64 미니PC 윈도우11프로 / 16GB", "ASUS 미니 PC PN64 Windows 11 Pro 16GB", "", "", "", ""},
		{"one side only still read", "무선 청소기 V12 미니 / 화이트", "무선 청소기 V12 화이트, 1개", order.Block, KindVariant, "미니", ""},
	})
}
