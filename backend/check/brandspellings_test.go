package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A brand written two ways at the start of both names, or with its maker's name glued to its Latin
// letters (brandspellings.go), is one brand; two words that differ in more than a spelling are
// still two words.
func TestBrandWrittenOtherwise(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tense consonant in a brand's Hangul spelling", "빠리바게뜨 단팥빵 / 1개", "파리바게뜨 단팥빵, 1개", "", "", "", ""},
		{"a Latin r Korean writes as a syllable", "보르그 카라비너 / 1개", "BORG 등반용 카라비너, 1개", "", "", "", ""},
		{"the maker's name glued to the brand's letters", "CJ 비비고 왕교자 / 1kg", "CJ제일제당 왕교자 1kg, 1개", "", "", "", ""},
		{"goods glued to Latin letters are no maker", "LED전구 / 10W", "LED 형광등 10W, 1개", order.Warn, KindWord, "전구", "형광등"},
		{"two Latin brands that sound alike are two brands", "Canon 카메라 가방 / 블랙", "Canton 카메라 가방 블랙, 1개", order.Warn, KindWord, "Canon", "Canton"},
		{"a final consonant makes another word", "단결정 실리콘 웨이퍼 / 4인치", "다결정 실리콘 웨이퍼 4인치, 1개", order.Warn, KindWord, "단결정", "다결정"},
	})
}

// TestTwoMakersOfOneGroup: a maker glued to the group's Latin letters (LG생활건강) is the maker
// written out only against the letters alone (LG); against another maker of the group (LG전자) the
// two stay words to look at (review 28, names of no table).
func TestTwoMakersOfOneGroup(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two makers of one group", "LG생활건강 치약 / 120g", "LG전자 치약 120g, 1개", order.Warn, KindWord, "생활건강", "전자"},
		{"the maker written out", "SK매직 정수기 / 렌탈", "SK 정수기 렌탈, 1개", "", "", "", ""},
	})
}
