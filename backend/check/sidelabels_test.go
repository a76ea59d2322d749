package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSideLabels: a side label before the number of a size (가로100 x 세로150cm, 높이 0.9m) is a
// label, not a word of the goods: the numbers are read as the size they are, and the labels are
// nothing the other name must explain. A label before anything else stays a word (가로 2단).
func TestSideLabels(t *testing.T) {
	runNameCases(t, []nameCase{
		{"labels glued to the sides, another width", "나무 블라인드 맞춤 / 가로80 x 세로120cm 화이트", "나무블라인드 화이트, 90x120cm", order.Block, KindLength, "80", "90"},
		{"labels glued to the sides, the same size", "나무 블라인드 맞춤 / 가로80 x 세로120cm 화이트", "나무블라인드 화이트, 80x120cm", "", "", "", ""},
		{"labels written apart, no unit on the first side", "접이식 토퍼 매트 / 가로 140 x 길이 200", "접이식 토퍼 매트 140x200cm, 1개", "", "", "", ""},
		{"a height label before a length in metres", "철망 울타리 / 높이1.2m x 20m", "철망 울타리 1200mm x 20m, 1롤", "", "", "", ""},
		{"a label before tiers stays a word", "원목 수납 선반 / 가로 2단", "원목 수납 선반 세로 2단", order.Warn, KindWord, "가로", "세로"},
	})
}
