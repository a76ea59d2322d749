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

// TestWordsTheMatcherReadsAsOne: the word rule warns on no two leftover words that the matcher's
// own readings make one word — the same thing to the vocabulary or the lexicon, as compared or as
// written (랜덤색상 / 혼합색상, 이태리타올 / 때밀이), or a type or use word (X형, X용) against its
// stem however the other name writes it: a word the vocabulary compares as X (차량용 / 자동차,
// 배낭형 / 백팩) or the goods' name starting with X that the matcher compares under another
// spelling (팬티형 / 팬티스타킹). Another stem is still another word. Names of no table.
func TestWordsTheMatcherReadsAsOne(t *testing.T) {
	assert.True(t, sameStemType("차량용", "자동차"))
	assert.True(t, sameStemType("배낭형", "백팩"))
	assert.False(t, sameStemType("차량용", "가정"))
	assert.False(t, sameStemType("배낭형", "토트백"))
	runNameCases(t, []nameCase{
		{"a use word against a synonym of its stem", "앞유리 차량용 햇빛가리개 / 블랙", "앞유리 자동차 햇빛가리개 검정, 1개", "", "", "", ""},
		{"a type word against a synonym of its stem", "어린이 배낭형 물통 / 500ml 블루", "어린이 백팩 물통 500ml 파랑, 1개", "", "", "", ""},
		{"a type word against the goods' name compared under another spelling", "제이메디 압박 / 팬티형 M", "제이메디 압박 팬티스타킹 M, 1개", "", "", "", ""},
		{"one assortment written two ways", "미니 복주머니 / 랜덤색상 10개", "미니 복주머니 혼합색상, 10개", "", "", "", ""},
		{"a synonym written with a spelling variant", "송월 이태리타올 / 10장", "송월 때밀이, 10개", "", "", "", ""},
		{"another type", "어린이 배낭형 물통 / 500ml 블루", "어린이 토트형 물통 500ml 파랑, 1개", order.Warn, KindWord, "배낭형", "토트형"},
		{"another word", "어린이 배낭형 물통 / 500ml 블루", "어린이 크로스 물통 500ml 파랑, 1개", order.Warn, KindWord, "배낭형", "크로스"},
	})
}

// TestTwoTypeWords: two type words differ wherever they stand (names of no table).
func TestTwoTypeWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two type words wherever they stand", "위니아 제습기 벽걸이형 / 10L", "위니아 이동식 제습기 10L", order.Warn, KindWord, "벽걸이형", "이동식"},
	})
}
