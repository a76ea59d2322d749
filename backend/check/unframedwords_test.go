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
		{"two words after a glued compound in a plain title", "갤럭시 S24 폰케이스 실리콘 범퍼 / 블랙", "Galaxy S24 젤리 케이스 블랙, 1개", "", "", "", ""},
		{"two words after the seller's glued card key", "현대 아이오닉5 카드키 케이스 실리콘 / 2개", "HYUNDAI IONIQ5 카드 키 홀더, 2P", "", "", "", ""},
		{"two places after a glued sensor light", "LED 센서등 현관 계단 / 화이트 2개", "LED 센서 조명 흰색, 2개", "", "", "", ""},
	})
}

// What keeps its look: two words in one place of the shared name (both after or before a word
// both names write, or both first), two words of one head (전동 / 수동, wherever written), two
// goods of the vocabulary ending both titles, and two seller's words in a title of search words.
// Names of no table.
func TestFramedWordsKeepTheirLook(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one head written after the goods against before it", "필립스 자동면도기 전동 / 블랙", "필립스 수동 면도기 블랙, 1개", order.Warn, KindWord, "전동", "수동"},
		{"one head, toothbrush", "브라운 자동칫솔 전동 / 화이트", "브라운 수동 칫솔 화이트, 1개", order.Warn, KindWord, "전동", "수동"},
		{"two goods ending both titles", "유피스 모유실감 2세대 PPSU 젖병 / 260ml 2팩", "유피스 모유실감 2세대 젖꼭지 L, 2입", order.Warn, KindWord, "젖병", "젖꼭지"},
		{"one place after a shared word", "코베아 캠핑 체어 / 카키", "코베아 캠핑 테이블 카키, 1개", order.Warn, KindWord, "체어", "테이블"},
		{"one place after the brand", "하리보 골드바렌 / 100g", "하리보 스타믹스 100g, 1개", order.Warn, KindWord, "골드바렌", "스타믹스"},
		{"both first", "가오리연 만들기 키트 / 5개", "방패연 만들기 키트, 5개", order.Warn, KindWord, "가오리연", "방패연"},
		{"one place after a shared material", "락앤락 스텐 진공 텀블러 / 500ml", "락앤락 스텐 3중 보온병 500ml, 1개", order.Warn, KindWord, "텀블러", "보온병"},
		{"two words, one of one head", "앵커 무염버터 제과 / 454g", "앵커 가염버터 454g, 1개", order.Warn, KindWord, "무염버터, 제과", "가염버터"},
		{"two words, one in the shared place", "코베아 캠핑 체어 접이식 / 카키", "코베아 캠핑 테이블 카키, 1개", order.Warn, KindWord, "체어, 접이식", "테이블"},
		{"two words in a title of search words", "스테비아 감미료 골드 에리스리톨 설탕대체 국내배송 당일출고 정품 / 500g", "스테비아 감미료 클래식, 500g, 1개", order.Warn, KindWord, "에리스리톨, 설탕대체", "클래식"},
	})
}
