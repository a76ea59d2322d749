package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A range written with a tilde in one name and a hyphen in the other is one code
// (coderanges.go); another range, or a range against one of its ends, still differs.
func TestTildeRanges(t *testing.T) {
	runNameCases(t, []nameCase{
		{"hex keys", "육각렌치 세트 / H1.5-H10 9종", "볼 육각렌치 세트 H1.5~H10, 9종", "", "", "", ""},
		{"a range of letters and numbers", "드릴비트 세트 / HSS S3-S12", "드릴 비트 세트 HSS S3~S12", "", "", "", ""},
		{"a pressure class", "의료용 압박밴드 / 15-20mmHg", "의료용 압박 밴드 15~20mmHg", "", "", "", ""},
		{"another range", "육각렌치 세트 / H1.5-H10 9종", "볼 육각렌치 세트 H2~H10, 9종", order.Warn, KindModel, "H1.5-H10", "H2, H10"},
	})
}
