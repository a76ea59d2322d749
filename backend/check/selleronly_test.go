package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSellerOnlyForms: a word of form or use that only the seller's registered name writes
// describes the goods and is no alarm; the same word written only in the name the buyer saw still
// asks for a look (names of no table).
func TestSellerOnlyForms(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an indoor yoga mat described by the seller", "요가 매트 실내용 / 6mm 퍼플", "요가매트 6mm 퍼플, 1개", "", "", "", ""},
		{"a low-calorie snack described by the seller", "현미 누룽지 저칼로리 / 300g", "현미 누룽지 300g, 1개", "", "", "", ""},
		{"the buyer saw the oil", "바이오더마 클렌징 / 500ml", "바이오더마 클렌징 오일 500ml, 1개", order.Warn, KindForm, "", "오일"},
	})
}
