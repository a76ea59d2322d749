package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTitleNumberNamedByTheCatalogue: a title count whose number the catalogue writes bare, as part
// of the product's name, is not a count the catalogue may leave out (names of no table).
func TestTitleNumberNamedByTheCatalogue(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a model letter after the number the catalogue names", "지윤 스무스 짐벌 5P / 기본", "ZHIYUN Smooth 5 짐벌, 1개", order.Block, KindCount, "5개", "1개"},
		{"a count of the title the catalogue leaves out", "코멧 물티슈 캡형 100매 / 기본", "코멧 물티슈 캡형, 1개", "", "", "", ""},
	})
}
