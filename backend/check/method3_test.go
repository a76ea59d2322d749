package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestCompareNamesThirdRound: the rules of the third round (model endings and modifiers, grades
// written with a plus on one side, generation numbers, compound heads, parts after a measure,
// type words, descriptive size words), one case each on names of no table.
func TestCompareNamesThirdRound(t *testing.T) {
	tests := []struct {
		name     string
		reg, exp string
		severity order.Severity // "" for a match
		kind     string
		r, e     string // the readings the first difference names
	}{
		{"one number with another letter ending", "아스트록스 77D 배드민턴 라켓 / 4U5", "아스트록스 77S 배드민턴 라켓 4U5", order.Block, KindModel, "77D", "77S"},
		{"a letter ending against the bare number asks", "보네이도 서큘레이터 660 / 화이트", "보네이도 660DC 서큘레이터 화이트", order.Warn, KindModel, "660", "660DC"},
		{"a series' letters glued to a code", "다이와 스피닝릴 LT 2500-XH", "DAIWA 다이와 LT2500-XH 스피닝릴", "", "", "", ""},
		{"a plus on one side is another grade", "필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG 1kg 블랙", order.Block, KindGrade, "PETG+", "PETG"},
		{"a plus written as a word", "필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG PLUS 1kg 검정", "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.Equal(t, tc.severity, got.Severity, "%+v", got.Differences)
			assert.Equal(t, tc.severity == "", got.Match)
			if tc.severity == "" {
				return
			}
			require.NotEmpty(t, got.Differences)
			d := got.Differences[0]
			assert.Equal(t, tc.kind, d.Kind, "%+v", got.Differences)
			assert.Equal(t, tc.r, d.Registered)
			assert.Equal(t, tc.e, d.Exposed)
		})
	}
}
