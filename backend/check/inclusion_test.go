package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPartIncluded: a name that writes a part with 포함 sells the goods with it, which the other
// name writes as the goods plus the part; the part alone, or without 포함, is still other goods
// (names of no table).
func TestPartIncluded(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the main unit plus a part against the part included", "이노브 무선 청소기 / 본체+거치대", "이노브 무선 청소기 거치대 포함, 1개", "", "", "", ""},
		{"the main unit plus a part against the part alone", "이노브 무선 청소기 / 본체+거치대", "이노브 무선 청소기 거치대, 1개", order.Block, KindBundle, "본체", ""},
		{"the main unit plus a part against another part included", "이노브 무선 청소기 / 본체+거치대", "이노브 무선 청소기 배터리 포함, 1개", order.Block, KindBundle, "본체", ""},
	})
}
