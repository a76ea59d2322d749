package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSinoKoreanColourNames: a colour written with Sino-Korean syllables (황색, 흑갈색, 우유색, 연-,
// 진-) is the Konglish colour of the same meaning; another colour or shade still differs (names of
// no table).
func TestSinoKoreanColourNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"황색 is yellow", "형광 안전조끼 / 옐로우 L", "안전 조끼 형광 황색 L, 1개", "", "", "", ""},
		{"흑갈색 is dark brown", "헤어 붙임머리 / 다크브라운 60cm", "붙임머리 60cm 흑갈색, 1개", "", "", "", ""},
		{"유백색 is 우유색", "LED 평판등 유백색 커버 / 1개", "LED 평판등 우유색 커버, 1개", "", "", "", ""},
		{"연회색 is light grey", "극세사 러그 / 라이트그레이 150x200", "극세사 러그 연회색 150 x 200cm, 1개", "", "", "", ""},
		{"진회색 is dark grey", "극세사 러그 / 다크그레이 150x200", "극세사 러그 진회색 150 x 200cm, 1개", "", "", "", ""},
		{"연회색 is not dark grey", "극세사 러그 / 다크그레이 150x200", "극세사 러그 연회색 150 x 200cm, 1개", order.Block, KindColor, "다크그레이", "연회색"},
		{"황색 is not red", "형광 안전조끼 / 레드 L", "안전 조끼 형광 황색 L, 1개", order.Block, KindColor, "레드", "황색"},
	})
}

// TestOpaqueIsNotAColour: 불투명 and 오페이크 are one finish, not the colour 투명 nor a colour the
// other name leaves out; clear against opaque still differs (names of no table).
func TestOpaqueIsNotAColour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"불투명 against 오페이크", "유리 구슬 / 오페이크 블루 20g", "유리 구슬 불투명 파랑, 20g", "", "", "", ""},
		{"불투명 beside a colour", "불투명 검정 PP시트 / A3 5장", "블랙 PP 시트 297x420mm, 5장", "", "", "", ""},
		{"투명 against 불투명", "PP시트 투명 / A3 5장", "PP 시트 불투명 A3, 5장", order.Block, KindOpposite, "투명", "불투명"},
	})
}

// TestColourAdjectives: 빨간, 파란, 노란 and 하얀 written before the goods name their colour; another
// colour still differs (names of no table).
func TestColourAdjectives(t *testing.T) {
	runNameCases(t, []nameCase{
		{"빨간 against 레드", "튤립 구근 / 레드 10개", "빨간 튤립 구근, 10개", "", "", "", ""},
		{"파란 against 블루", "수국 꽃다발 블루 / 1개", "파란 수국 꽃다발, 1개", "", "", "", ""},
		{"빨간 against 옐로우", "튤립 구근 / 옐로우 10개", "빨간 튤립 구근, 10개", order.Block, KindColor, "옐로우", "빨간"},
	})
}

// TestColourWordsInOtherForms: a colour written as an adjective, glued to a belt (검은띠), as a dial
// (흑판) or starting a brand written in Latin words is the colour or the brand; another colour still
// differs (names of no table).
func TestColourWordsInOtherForms(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a black dial", "세이코 프레사지 / 40mm 블랙 다이얼", "SEIKO 세이코 프레사지 40mm 흑판", "", "", "", ""},
		{"a black dial is no blue one", "세이코 프레사지 / 40mm 블랙 다이얼", "세이코 프레사지 40mm 청판", order.Block, KindColor, "블랙", "청판"},
		{"white written as an adjective", "무지 머그컵 / 화이트 350ml", "무지 머그컵 하얀색 350ml", "", "", "", ""},
		{"a belt colour glued to 띠", "태권도 띠 / 검정 260cm", "태권도 검은띠 260cm", "", "", "", ""},
		{"two belt colours", "태권도 띠 / 파랑 260cm", "태권도 빨간띠 260cm", order.Block, KindColor, "파랑", "빨간띠"},
		{"a brand that starts with a colour", "블랙야크 바람막이 / 네이비 L", "BLACK YAK 바람막이 네이비 L", "", "", "", ""},
		{"another brand starting with a colour", "골드스타 선풍기 / 화이트", "GOLD STAR 선풍기 화이트", "", "", "", ""},
		{"the colour itself still differs", "골드스타 선풍기 / 화이트", "골드스타 선풍기 BLACK", order.Block, KindColor, "화이트", "BLACK"},
	})
}
