package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A word the catalogue name leaves over makes a block again of a colour only the seller's option
// names when it stands where the catalogue writes a colour (colourplace.go): last in its title,
// among its option values, in the place of the seller's colour, or against a word of the seller's.
// Elsewhere in the title it describes the goods, and the colour is the goods' one colour
// (onecolourgoods.go: no difference; until then a word to check).
func TestColourPlaceOfACatalogueName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a word inside the title describes the goods", "보국 전기요 싱글 / 그레이", "보국 EMF 전기요 싱글, 1개", "", "", "", ""},
		{"a word before the goods' name", "신일 제습기 원룸 / 화이트", "신일 저소음 제습기 원룸, 1개", "", "", "", ""},
		{"a word among the option values may be the colour", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글, 문라이트, 1개", order.Block, KindColor, "그레이", ""},
		{"the last word of the title may be the colour", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글 문라이트, 1개", order.Block, KindColor, "그레이", ""},
		{"a word in the place of the seller's colour", "그레네이드 프로틴바 / 화이트 초코 쿠키 12개", "그레네이드 프로틴바 루비 초코 쿠키, 12개", order.Block, KindColor, "화이트", ""},
		{"a word standing against the seller's word", "영화 블루레이 / 흑백판", "영화 컬러판 블루레이, 1개", order.Block, KindColor, "흑백판", ""},
	})
}
