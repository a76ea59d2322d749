package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestContainsNoAgainstPlainWord: a word said not contained (색소 무함유) against the word written
// plainly is an opposite, as 무색소 against 색소 is; the same statement written otherwise, or a
// number after the plain word, is not (names of no table, review87).
func TestContainsNoAgainstPlainWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"contains none against the plain word", "불소 무함유 어린이 치약 / 80g", "불소 어린이 치약, 80g", order.Block, KindOpposite, "불소 무함유", "불소"},
		{"the plain word against contains none", "타르색소 어린이 젤리 / 100g", "타르색소 미함유 어린이 젤리, 100g", order.Block, KindOpposite, "타르색소", "타르색소 미함유"},
		{"contains none against the 무 prefix", "파라벤 무함유 바디로션 / 200ml", "무파라벤 바디로션, 200ml", "", "", "", ""},
		{"contains none against a number", "설탕 무함유 탄산수 / 500ml", "설탕 0g 탄산수, 500ml", "", "", "", ""},
	})
}
