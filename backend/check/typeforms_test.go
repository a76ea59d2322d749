package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestSameFormOtherEnding(t *testing.T) {
	assert.True(t, sameFormOtherEnding("빗모양", "빗형"))
	assert.True(t, sameFormOtherEnding("접이식", "접이형"))
	assert.True(t, sameFormOtherEnding("하트형", "하트모양"))
	assert.False(t, sameFormOtherEnding("대형", "대식"), "a one-syllable stem with 형 and 식")
	assert.False(t, sameFormOtherEnding("하트모양", "별모양"), "another stem")
	assert.False(t, sameFormOtherEnding("접이식", "접이식"), "one ending")
	assert.False(t, sameFormOtherEnding("모양", "형"), "the endings alone")
}

// TestOneFormWithAnotherEnding: a form written with 형, 식 or 모양 is one form whichever ending
// the listing puts after its stem, also when the other name leaves another word over; another
// stem is still another form. Names of no table.
func TestOneFormWithAnotherEnding(t *testing.T) {
	runNameCases(t, []nameCase{
		{"모양 against 형", "실리콘 얼음틀 하트모양 / 아이스 트레이", "실리콘 하트형 얼음틀, 1개", "", "", "", ""},
		{"형 against 식, an option word beside", "수동 커피 그라인더 핸들형 / 블랙 원목", "수동 핸들식 커피 그라인더, 블랙", "", "", "", ""},
		{"식 against 형, an option word beside", "[사무실] 두루마리 휴지걸이 벽부착식 / 욕실 스텐", "벽부착형 두루마리 휴지걸이 스텐, 1개", "", "", "", ""},
		{"another stem, one ending", "실리콘 하트모양 얼음틀 / 1개", "실리콘 별모양 얼음틀, 1개", order.Warn, KindWord, "하트모양", "별모양"},
		{"another stem, another ending", "원목 수납 선반 벽걸이형 / 3단", "원목 스탠드식 수납 선반, 3단", order.Warn, KindWord, "벽걸이형", "스탠드식"},
	})
}
