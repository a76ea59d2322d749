package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestSameStemType(t *testing.T) {
	assert.True(t, sameStemType("팬티형", "팬티스타킹"))
	assert.True(t, sameStemType("식탁김", "식탁용"))
	assert.False(t, sameStemType("대형", "대야"), "a one-syllable stem")
	assert.False(t, sameStemType("벽걸이형", "벽걸이"), "the bare stem is no other word")
	assert.False(t, sameStemType("스탠드형", "벽걸이형"))
}

// TestTypeWordOfTheSameStem: a type or use word (X형, X용) in the place of a word that starts
// with the same stem is one wording of the goods; another stem is still another word. Names of
// no table.
func TestTypeWordOfTheSameStem(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a use word against the goods' name", "광천 재래김 도시락용 / 5g x 16봉", "광천 재래 도시락김 5g, 16개", "", "", "", ""},
		{"a type word against the goods' name", "코코넛 수세미 손잡이형 / 3개입", "코코넛 수세미 손잡이솔 3개입, 1개", "", "", "", ""},
		{"another stem", "광천 재래김 도시락용 / 5g x 16봉", "광천 재래 전장김 5g, 16개", order.Warn, KindWord, "도시락용", "전장김"},
	})
}
