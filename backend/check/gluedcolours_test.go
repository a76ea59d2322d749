package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A colour one name writes as a word of its own and the other glues to the goods' name (투명
// 장우산 against 투명우산, 클리어 파일 against 클리어화일, 흰색 against 흰목장갑) is one colour
// written two ways (gluedcolours.go); a colour of the goods both names write as a word still
// counts, and so does a colour beside a glued word both names write (블랙박스).
func TestColourGluedToTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a clear umbrella against its colour as a word", "자동 투명우산 / 네이비", "자동 투명 장우산 네이비, 1개", "", "", "", ""},
		{"a clear file against clear as a word", "클리어화일 30매 / 핑크", "A4 클리어 파일 30포켓 분홍, 1개", "", "", "", ""},
		{"a colour's stem glued to the goods", "목장갑 흰색 / 10켤레", "흰목장갑 10켤레, 1개", "", "", "", ""},
		{"another colour still blocks", "클리어화일 30매 / 핑크", "A4 클리어 파일 30포켓 파랑, 1개", order.Block, KindColor, "핑크", "파랑"},
		{"a colour written as a word on both sides still blocks", "흰색 목장갑 / 10켤레", "검정 목장갑 10켤레, 1개", order.Block, KindColor, "흰색", "검정"},
		{"a colour beside a glued word both names write still blocks", "아이나비 블랙박스 QXD1 / 화이트", "아이나비 블랙박스 QXD1 블랙, 1개", order.Block, KindColor, "화이트", "블랙"},
	})
}

// TestValueGluedIntoALineName: a colour or a flavour written apart that the other name glues into a
// line's name is the same value; another colour glued is still another colour (names of no table).
func TestValueGluedIntoALineName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a line named with a colour", "클리오 킬커버 핑크 쿠션 / 02 란제리 15g", "CLIO 킬커버 핑크쿠션 02 란제리 15g", "", "", "", ""},
		{"a line named with a flavour", "빙그레 딸기 우유 / 240ml", "빙그레 딸기우유 240ml", "", "", "", ""},
		{"another colour glued is still another colour", "클리오 킬커버 핑크 쿠션 / 02 란제리 15g", "클리오 킬커버 블랙쿠션 02 란제리 15g", order.Block, KindColor, "쿠션", "블랙쿠션"},
	})
}
