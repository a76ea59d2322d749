package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestEditions: an edition on one side, or another edition (리커버판), differs; parts joined by a plus
// and a product word such as 리커버 are no edition (names of no table).
func TestEditions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an edition on one side", "문학동네 어린왕자 / 1권", "어린왕자 (문학동네) 생텍쥐페리 소장판", order.Block, KindEdition, "", "소장판"},
		{"parts joined by a plus are not an edition", "샤워기 / 헤드+필터", "샤워기 헤드+필터 세트", "", "", "", ""},
		{"a recover cream", "닥터자르트 시카페어 크림 / 50ml", "닥터자르트 시카페어 리커버 크림 50ml", "", "", "", ""},
		{"a recover edition of a book", "데미안 / 양장", "데미안 리커버판", order.Block, KindEdition, "양장", "리커버판"},
	})
}
