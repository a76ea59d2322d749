package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// 가스 written alone is gas (가스 건조기, 이소 가스, 가스 토치); the cutlet is 까스 or 카츠 alone
// and 돈가스 glued, so 가스 keeps its own spelling in the word rule.
func TestGasIsNoCutlet(t *testing.T) {
	assert.Equal(t, "가스", canonicalWord("가스"))
	assert.Equal(t, canonicalWord("카츠"), canonicalWord("까스"))
	assert.Equal(t, canonicalWord("돈카츠"), canonicalWord("돈가스"))
	runNameCases(t, []nameCase{
		{"the cutlet spelt two ways", "치즈 까스 / 1kg", "치즈 카츠 1kg", "", "", "", ""},
		{"pork cutlet spelt two ways", "돈가스 소스 / 1kg", "돈카츠 소스 1kg", "", "", "", ""},
	})
}
