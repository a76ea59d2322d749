package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Another generation the seller's title lists with 호환 beside the goods' own is a device the
// goods also fit; a generation the catalogue does not write, or only the fitted one, still blocks.
func TestFitsOtherGeneration(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a strap that also fits the last generation", "갤럭시핏3 스트랩 실리콘 갤럭시핏2 호환 / 블랙", "갤럭시핏3 실리콘 스트랩 블랙", "", "", "", ""},
		{"another generation", "갤럭시핏3 스트랩 실리콘 갤럭시핏2 호환 / 블랙", "갤럭시핏4 실리콘 스트랩 블랙", order.Block, KindSize, "3, 2", "4"},
		{"only the fitted generation", "실리콘 스트랩 갤럭시핏2 호환 / 블랙", "갤럭시핏3 실리콘 스트랩 블랙", order.Block, KindSize, "2", "3"},
	})
}
