package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGenuineAndCompatible: 호환 after another product's code says what genuine goods fit; a
// compatible toner of the same code is not genuine (names of no table).
func TestGenuineAndCompatible(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a genuine toner that fits a printer", "브라더 정품 토너 TN-2480 / 검정", "브라더 TN-2480 토너 검정 HL-L2375DW 호환", "", "", "", ""},
		{"a compatible toner of the same code", "브라더 정품 토너 TN-2480 / 검정", "TN-2480 호환 토너 검정", order.Block, KindAuthentic, "정품", "호환"},
		{"genuine-compatible is compatible", "브라더 정품 토너 TN-2480 / 검정", "브라더 TN-2480 정품 호환 토너 검정", order.Block, KindAuthentic, "정품", "호환"},
	})
}
