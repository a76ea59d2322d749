package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHangulLShape(t *testing.T) {
	assert.True(t, hangulLShape("ㄱ자"))
	assert.True(t, hangulLShape("\u1102자형"), "as NFKC folds ㄴ")
	assert.False(t, hangulLShape("ㄷ자"), "another letter, another shape")
	assert.False(t, hangulLShape("ㄱ자석"))
}

// TestLShapeInEitherScript: the L shape written with the Latin L (L자, L자형, L형) and with
// ㄱ or ㄴ is one shape, also when the other name leaves another word over (a reading error:
// the Latin letter is read apart from its ending, ㄱ자 was a word no other word explained); a straight or another
// letter's shape is not. Names of no table.
func TestLShapeInEitherScript(t *testing.T) {
	for _, tc := range []struct{ name, reg, exp string }{
		{"ㄱ자 against L자형", "[서재] 컴퓨터 책상 L자형 / 화이트 원목", "ㄱ자 컴퓨터 책상, 화이트"},
		{"ㄴ자 against L형", "[공구] 철제 선반 브라켓 L형 / 10개", "ㄴ자 철제 선반 브라켓, 10개"},
		{"ㄴ자 against L형, two words left over", "[욕실] 수건걸이 L형 / 스텐 코너", "ㄴ자 수건걸이, 스텐"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.True(t, got.Match, "%+v", got.Differences)
		})
	}
	for _, tc := range []struct{ name, reg, exp string }{
		{"a straight against L자형", "[서재] 컴퓨터 책상 L자형 / 화이트 원목", "일자 컴퓨터 책상, 화이트"},
		{"ㄷ자 against L자형", "[서재] 컴퓨터 책상 L자형 / 화이트 원목", "ㄷ자 컴퓨터 책상, 화이트"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.False(t, got.Match, "%s vs %s", tc.reg, tc.exp)
		})
	}
}
