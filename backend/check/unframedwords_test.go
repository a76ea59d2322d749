package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A word the seller's title adds among words the catalogue does not write, against one word the
// catalogue writes elsewhere, is a description, not the variant: no look asked (⚠ before).
// Names of no table.
func TestUnframedTitleWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a use after a glued compound, against the catalogue's goods word", "경동 순간온수기 주방용 / 3kW", "경동 순간 전기온수기 3000W, 1개", "", "", "", ""},
		{"a second name of the powder before a percentage", "국산 메밀가루 면가루 100% / 1kg", "국내산 메밀 분말 1kg, 1개", "", "", "", ""},
		{"a purpose at the end of the title", "흡음재 계란판 방음 / 블랙 20장", "계란판 흡음 스펀지 검정, 20개", "", "", "", ""},
		{"a purpose before the seller's own compound", "방수포 고정용 고무줄 / 20개", "방수포 고무 로프, 20개", "", "", "", ""},
	})
}

// What keeps its look: two words in one place of the shared name (both after or before a word
// both names write, or both first), two words of one head (전동 / 수동, wherever written), and
// two goods of the vocabulary ending both titles. Names of no table.
func TestFramedWordsKeepTheirLook(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one head written after the goods against before it", "필립스 자동면도기 전동 / 블랙", "필립스 수동 면도기 블랙, 1개", order.Warn, KindWord, "전동", "수동"},
		{"one head, toothbrush", "브라운 자동칫솔 전동 / 화이트", "브라운 수동 칫솔 화이트, 1개", order.Warn, KindWord, "전동", "수동"},
		{"two goods ending both titles", "유피스 모유실감 2세대 PPSU 젖병 / 260ml 2팩", "유피스 모유실감 2세대 젖꼭지 L, 2입", order.Warn, KindWord, "젖병", "젖꼭지"},
		{"one place after a shared word", "코베아 캠핑 체어 / 카키", "코베아 캠핑 테이블 카키, 1개", order.Warn, KindWord, "체어", "테이블"},
		{"one place after the brand", "하리보 골드바렌 / 100g", "하리보 스타믹스 100g, 1개", order.Warn, KindWord, "골드바렌", "스타믹스"},
		{"both first", "가오리연 만들기 키트 / 5개", "방패연 만들기 키트, 5개", order.Warn, KindWord, "가오리연", "방패연"},
		{"one place after a shared material", "락앤락 스텐 진공 텀블러 / 500ml", "락앤락 스텐 3중 보온병 500ml, 1개", order.Warn, KindWord, "텀블러", "보온병"},
	})
}
