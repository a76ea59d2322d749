package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestShadeGluedToItsFamily: a shade glued to its family colour (네이비블루, 와인레드, 올리브그린,
// 차콜블랙, 아이보리화이트)
// is the shade, as the other name writes it alone; the family alone against another shade, or
// another colour, still differs (names of no table).
func TestShadeGluedToItsFamily(t *testing.T) {
	runNameCases(t, []nameCase{
		{"navy against navy blue", "라운드 니트 / 네이비 M", "라운드 니트 네이비블루 M, 1개", "", "", "", ""},
		{"wine against wine red", "캔버스 에코백 / 와인", "캔버스 에코백 와인레드, 1개", "", "", "", ""},
		{"olive against olive green", "방수 텐트 타프 / 올리브", "방수 타프 올리브그린, 1개", "", "", "", ""},
		{"navy against blue", "라운드 니트 / 네이비 M", "라운드 니트 블루 M, 1개", order.Block, KindColor, "네이비", "블루"},
		{"navy against wine red", "라운드 니트 / 네이비 M", "라운드 니트 와인레드 M, 1개", order.Block, KindColor, "네이비", "와인레드"},
		{"charcoal against charcoal black", "파카 조터 볼펜 / 차콜블랙 M", "PARKER 조터 볼펜 차콜 M, 1개", "", "", "", ""},
		{"ivory against ivory white", "한일 쿠션커버 / 아이보리화이트 50x50", "한일 쿠션 커버 아이보리 50x50cm, 1개", "", "", "", ""},
		{"charcoal black against navy", "파카 조터 볼펜 / 차콜블랙 M", "PARKER 조터 볼펜 네이비 M, 1개", order.Block, KindColor, "차콜블랙, 차콜블랙", "네이비"},
	})
}

// TestShadesAndColourways: a shade of a colour (다크그레이, 연핑크) and a colourway of two colours joined
// by 앤 are colours of their own, written glued, apart or in Latin letters (names of no table).
func TestShadesAndColourways(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a colourway written as one word and apart", "컨버스 척테일러 블랙앤화이트 / 250", "컨버스 척테일러 블랙 & 화이트 250", "", "", "", ""},
		{"the colourway against one of its colours", "컨버스 척테일러 / 네이비앤화이트 250", "컨버스 척테일러 네이비 250", order.Block, KindColor, "네이비앤화이트", "네이비"},
		{"dark grey against grey", "알톤 자전거 / 다크그레이", "알톤 자전거 그레이", order.Block, KindColor, "다크그레이", "그레이"},
		{"dark grey written apart", "알톤 자전거 / 다크그레이", "알톤 자전거 다크 그레이", "", "", "", ""},
		{"dark grey in Latin letters", "알톤 자전거 / 다크그레이", "ALTON 자전거 Dark Gray", "", "", "", ""},
		{"a light pink against a pink", "모윰 식판 / 연핑크", "모윰 식판 핑크", order.Block, KindColor, "연핑크", "핑크"},
	})
}
