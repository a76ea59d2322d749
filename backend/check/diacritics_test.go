package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

func TestPlainLatin(t *testing.T) {
	for in, want := range map[rune]rune{'ä': 'a', 'Ö': 'o', 'é': 'e', 'ñ': 'n', 'ç': 'c', 'ø': 'o', 'ß': 'ß', '×': '×', 'a': 'a', '가': '가'} {
		assert.Equal(t, string(want), string(plainLatin(in)), string(in))
	}
}

// TestAccentedLatinNames: a foreign name written with its accents by the catalogue and without
// them by the seller is one word, and its spans still point at the accented letters. Names of
// no table.
func TestAccentedLatinNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an accented brand against its Hangul spelling", "피엘라벤 칸켄 백팩 / 클래식 네이비", "FJÄLLRÄVEN 칸켄 백팩 클래식, 네이비, 1개", "", "", "", ""},
		{"an accented line name against Hangul", "이케아 스코디스 타공판 / 화이트", "IKEA SKÅDIS 타공판 화이트, 1개", "", "", "", ""},
		{"an accented brand against Hangul", "뢰슬레 국자 / 스텐", "RÖSLE 국자 스텐, 1개", "", "", "", ""},
		{"another colour still differs", "피엘라벤 칸켄 백팩 / 클래식 네이비", "FJÄLLRÄVEN 칸켄 백팩 클래식, 블랙, 1개", order.Block, KindColor, "네이비", "블랙"},
	})
	c := CompareNames("크렘 브륄레 / 100g 1개", "CRÈME BRÛLÉE 크렘 브륄레 200g, 1개")
	assert.False(t, c.Match)
	for _, d := range c.Differences {
		for _, s := range d.ExposedSpans {
			assert.True(t, s.Start >= 0 && s.End <= len("CRÈME BRÛLÉE 크렘 브륄레 100g, 2개") && s.Start < s.End, "%+v", s)
		}
	}
}
