package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestScentNameWrittenPlainly: a scent read from its ending (블러썸 향, 블러썸향) is the scent the
// other name writes plainly as a word (블러썸), as a flavour read from 맛 is; a scent the other name
// names otherwise still differs (after68, names of no table).
func TestScentNameWrittenPlainly(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a scent spaced from 향 in a title", "미쟝센 퍼퓸 샴푸 블러썸 향 / 500ml", "mise en scene 퍼퓸 샴푸 블러썸, 500ml, 1개", "", "", "", ""},
		{"a scent glued to 향 in an option", "미쟝센 퍼퓸 샴푸 / 블러썸향 500ml", "미쟝센 퍼퓸 샴푸 블러썸 500ml, 1개", "", "", "", ""},
		{"another scent", "미쟝센 퍼퓸 샴푸 블러썸 향 / 500ml", "미쟝센 퍼퓸 샴푸 로즈, 500ml, 1개", order.Block, KindScent, "블러썸 향", "로즈"},
		{"another scent with 향", "미쟝센 퍼퓸 샴푸 / 블러썸향 500ml", "미쟝센 퍼퓸 샴푸 500ml 머스크향, 1개", order.Block, KindScent, "블러썸향", "머스크향"},
	})
}
