package check

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A reused Matcher reads the words of earlier comparisons from its memo; every result is the one
// a fresh comparison gives (names of no table, in an order where each pair's words were read
// before, in either name and in either place).
func TestWordMemoGivesFreshResults(t *testing.T) {
	pairs := []struct{ r, e string }{
		{"꿀사과 가정용 5kg / 중과 20과", "꿀사과 5kg 중과 20과"},
		{"꿀사과 5kg 중과 20과", "꿀사과 가정용 5kg / 중과 20과"},
		{"다크그레이 니트 가디건 / FREE", "연핑크 니트 가디건 FREE"},
		{"연핑크 니트 가디건 FREE", "다크그레이 니트 가디건 / FREE"},
		{"구운마늘과 양파 볶음밥 / 250g x 4팩", "구운마늘 양파 볶음밥 250g 4개"},
		{"미니 건조기 / 화이트", "미니 건조기 블랙"},
		{"DJI 미니 4 프로 / 본체", "미니 건조기 화이트"},
		{"김치만두 1kg / 2봉", "고기만두 1kg 2봉"},
		{"골드도색 손잡이 / 2개", "골드 손잡이 2개"},
	}
	var m Matcher
	for round := 0; round < 2; round++ {
		for _, p := range pairs {
			want := CompareBundle(p.r, p.e, 1)
			assert.Equal(t, want, m.Compare(p.r, p.e, 1), "%s / %s", p.r, p.e)
		}
	}
	assert.NotEmpty(t, m.memo.words, "the memo keeps the words read")
}

// The memo starts again when it is full, and what it reads after is still a fresh reading.
func TestWordMemoIsBounded(t *testing.T) {
	var m Matcher
	m.Compare("사과 1kg", "사과 1kg", 1)
	for i := 0; i < 2*maxMemoWords && len(m.memo.words) < maxMemoWords-1; i++ {
		w := hangulWordOf(i) // an unlisted word each time
		m.Compare(w+" 사과 1kg", w+" 사과 1kg", 1)
	}
	assert.Equal(t, maxMemoWords-1, len(m.memo.words))
	for i := 0; i < 8; i++ {
		r, e := "다크그레이 꿀사과 5kg", fmt.Sprintf("연핑크 꿀사과 5kg 새말%d", i)
		assert.Equal(t, CompareBundle(r, e, 1), m.Compare(r, e, 1), e)
	}
	assert.Less(t, len(m.memo.words), maxMemoWords)
	assert.Equal(t, len(m.memo.words), len(m.memo.index))
}

// hangulWordOf writes i as a word of three syllables from the first 256 of the syllable table.
func hangulWordOf(i int) string {
	return string([]rune{0xAC00 + rune(i>>16&0xFF), 0xAC00 + rune(i>>8&0xFF), 0xAC00 + rune(i&0xFF)})
}
