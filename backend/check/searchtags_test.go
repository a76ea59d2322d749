package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestSearchTagged(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"[특가] 하기스 물티슈 / 70매", true},
		{" 【무료배송】 코멧 물티슈 / 70매", true},
		{"[1+1] 니베아 립밤 / 4.8g", true},
		{"하기스 물티슈 [70매] / 10팩", false}, // a bracket inside the name is no opening tag
		{"[특가]", false},                // a tag with no name after it
		{"[특가 하기스 물티슈", false},         // an unclosed bracket
		{"하기스 물티슈 / 70매", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, searchTagged(c.name), c.name)
	}
}

// A keyword of a title written for the search box is let pass where the same words in an
// untagged title still ask for a look. Names of no table.
func TestWordingOddsReadsSearchTags(t *testing.T) {
	runNameCases(t, []nameCase{
		{"wipes worded otherwise after a search tag", "[특가] 하기스 물티슈 캡형 아기 엉덩이 / 70매 10팩", "Huggies 와이프 캡형 70매, 10개", "", "", "", ""},
		{"the same words without a tag", "하기스 물티슈 캡형 아기 엉덩이 / 70매 10팩", "Huggies 와이프 캡형 70매, 10개", order.Warn, KindWord, "물티슈", "와이프"},
		{"a rival after a search tag", "[특가] 하기스 물티슈 캡형 아기 / 70매 10팩", "하기스 건티슈 캡형 아기, 70매, 10개", order.Warn, KindWord, "물티슈", "건티슈"},
	})
}
