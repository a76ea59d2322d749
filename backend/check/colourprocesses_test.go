package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A word ending in 색 that names a process done with colour (염색, 도색), a compound built on one
// (새치염색) or a bag (힙색) is no colour (colourprocesses.go); a colour word built the same way
// with a stem of one syllable (포도색) is still read by its stem.
func TestColourProcesses(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a dye for grey hair", "헤나 새치염색 크림 / 흑갈색", "헤나 크림 염색약, 흑갈색", "", "", "", ""},
		{"a self dye", "거품 셀프염색 / 5호 자연갈색", "거품 셀프 염색 5호 자연갈색", "", "", "", ""},
		{"painting a car", "범퍼 붓펜 자동차도색 / 1개", "범퍼 붓펜, 1개", "", "", "", ""},
		{"a bag worn on the hip", "스포츠 힙색 러닝벨트 / 네이비", "러닝벨트 네이비", "", "", "", ""},
		{"a colour of grapes, read by its stem", "포도색 니트 / M", "베이지 니트 M", order.Block, KindFlavor, "포도색", ""},
	})
}

// A colour painted or dyed on (골드도색, 블랙염색) is the goods' colour: it blocks against another
// colour and agrees with itself; a process compound on a word that is no colour (자동차도색) stays
// no colour (colourprocesses.go processColour).
func TestColourPaintedOn(t *testing.T) {
	runNameCases(t, []nameCase{
		{"gold painted against silver", "등산스틱 골드도색 손잡이 / 1개", "등산스틱 손잡이 실버, 1개", order.Block, KindColor, "골드도색", "실버"},
		{"black painted against silver", "알루미늄 휠캡 블랙도색 / 4개", "알루미늄 휠캡, 실버, 4개", order.Block, KindColor, "블랙도색", "실버"},
		{"dyed red against black", "인조 가발 레드염색 / 1개", "인조 가발 블랙, 1개", order.Block, KindColor, "레드염색", "블랙"},
		{"gold painted against gold", "등산스틱 골드도색 손잡이 / 1개", "등산스틱 손잡이 골드, 1개", "", "", "", ""},
		{"black painted against black", "알루미늄 휠캡 블랙도색 / 4개", "알루미늄 휠캡 블랙, 4개", "", "", "", ""},
		{"painting a car is no colour", "범퍼 붓펜 자동차도색 / 1개", "범퍼 붓펜, 1개", "", "", "", ""},
	})
}

// 무도색 and 무염색 are unpainted and undyed, no colour: an unpainted stool against the same stool
// passes (review 42, names of no table).
func TestUnpaintedIsNoColour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"unpainted against none", "원목 스툴 / 무도색", "원목 스툴, 1개", "", "", "", ""},
		{"undyed against none", "린넨 원단 / 무염색 1마", "린넨 원단 1마, 1개", "", "", "", ""},
		{"another colour still blocks", "원목 스툴 / 블랙도색", "원목 스툴 화이트, 1개", order.Block, KindColor, "블랙도색", "화이트"},
	})
}

// A colour of one syllable painted on (금도색 as 금색, 은도색 as 은색) is that colour too (review 42,
// names of no table).
func TestOneSyllableColourPaintedOn(t *testing.T) {
	runNameCases(t, []nameCase{
		{"gold paint against gold", "금도색 장식 액자 / A4", "장식 액자 A4 골드, 1개", "", "", "", ""},
		{"silver paint against silver", "장식 액자 / 은도색", "장식 액자 실버, 1개", "", "", "", ""},
		{"gold paint against silver", "장식 액자 / 금도색", "장식 액자 실버, 1개", order.Block, KindColor, "금도색", "실버"},
		{"grapes stay a flavour", "포도색 니트 / M", "베이지 니트 M", order.Block, KindFlavor, "포도색", ""},
	})
}
