package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// A keyword of a title written for the search box lowers the odds that a left-over word is a
// difference: the same words after a tag read as likelier wording than in an untagged title,
// while a rival word after a tag still asks for a look. The comparison of odds, not one pair
// crossing the threshold, is asserted: a re-training moves pairs near it. Names of no table.
func TestWordingOddsReadsSearchTags(t *testing.T) {
	logit := func(registered, exposed string) float64 {
		m := Matcher{keepWording: true}
		m.Compare(registered, exposed, 1)
		require.True(t, m.wordingRead, "%s: the model read no word", registered)
		z := 0.0
		for k, w := range wordingWeights {
			z += w * m.wordingInputs[k]
		}
		return z
	}
	tagged := logit("[특가] 하기스 물티슈 캡형 아기 엉덩이 / 70매 10팩", "Huggies 와이프 캡형 70매, 10개")
	plain := logit("하기스 물티슈 캡형 아기 엉덩이 / 70매 10팩", "Huggies 와이프 캡형 70매, 10개")
	assert.Less(t, tagged, plain, "a search tag should lower the odds of a difference")
	runNameCases(t, []nameCase{
		{"the same words without a tag", "하기스 물티슈 캡형 아기 엉덩이 / 70매 10팩", "Huggies 와이프 캡형 70매, 10개", order.Warn, KindWord, "물티슈", "와이프"},
		{"a rival after a search tag", "[특가] 하기스 물티슈 캡형 아기 / 70매 10팩", "하기스 건티슈 캡형 아기, 70매, 10개", order.Warn, KindWord, "물티슈", "건티슈"},
	})
}
