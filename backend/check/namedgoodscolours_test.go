package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A colour word that starts a name of goods the vocabulary gives both names (화이트보드 지우개,
// 보드 지우개) is no colour; other goods, or a colour the other name writes, still differ.
func TestNamedGoodsColours(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a whiteboard eraser", "자석 화이트보드 지우개 / 대형 3개", "마그네틱 보드 지우개 대형, 3개", "", "", "", ""},
		{"a whiteboard eraser, black", "자석 화이트보드 지우개 / 대형 3개", "마그네틱 보드 지우개 블랙, 3개", "", "", "", ""},
		{"a marker, not an eraser", "자석 화이트보드 지우개 / 대형 3개", "마그네틱 보드 마카 대형, 3개", order.Block, KindColor, "화이트보드", "보드"},
		{"a colour chosen", "자석 보드 지우개 / 화이트", "마그네틱 보드 지우개 블랙", order.Block, KindColor, "화이트", "블랙"},
	})
}
