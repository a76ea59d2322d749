package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A noun ending and its -ing form are one word (사선컷 / 사선커팅); another stem is not (names of
// no table).
func TestIngSpellingsAreOneWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a diagonal cut", "사선컷 테이프클리너 리필 / 16cm 3롤", "사선커팅 테이프클리너 리필 160mm, 3개", "", "", "", ""},
		{"no cut band", "노컷 밴딩 스타킹 / 살색", "노커팅 밴딩 스타킹 살색", "", "", "", ""},
		{"a silk print", "실크프린트 반팔 티셔츠 / 화이트 L", "실크프린팅 반팔 티셔츠 화이트 L", "", "", "", ""},
		{"another cut", "사선컷 테이프클리너 리필 / 3롤", "일자커팅 테이프클리너 리필 3개", order.Warn, KindWord, "사선컷", "일자커팅"},
	})
}

// ingSpelling looks at the last syllables before its list: every -ing form must end in 팅, and
// the words it pairs are found either way round.
func TestIngSpellingGate(t *testing.T) {
	for _, p := range ingEndings {
		assert.True(t, strings.HasSuffix(p.ing, "팅"), p.ing)
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"물결컷", "물결커팅", true},
		{"레이저커팅", "레이저컷", true},
		{"전사프린트", "전사프린팅", true},
		{"물결컷", "물결컷", false},
		{"물결컷", "일자커팅", false},
		{"코팅", "코트", false},
	} {
		assert.Equal(t, c.want, ingSpelling(c.a, c.b), "%s %s", c.a, c.b)
	}
}
