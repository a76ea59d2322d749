package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Words of one kind of goods: 고글 for swimming goggles, 타이즈 for 타이츠, the plain 지갑 written
// for a kind of wallet; two kinds of wallet still differ (names of no table).
func TestWordsOfOneKindOfGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"swim goggles called goggles", "스피도 아쿠아V 수경 8-00123 김서림방지 / 블루", "Speedo 아쿠아V 고글 800123, 파랑", "", "", "", ""},
		{"tights spelled with ㅈ", "언더아머 여성 러닝 타이즈 / 블랙 M", "Under Armour 여성 러닝 타이츠, 블랙, M", "", "", "", ""},
		{"a bifold wallet called a wallet", "질스튜어트 여성 반지갑 JS2201 / 핑크", "JILLSTUART JS2201 여성 지갑, 핑크", "", "", "", ""},
		{"a bifold wallet against a long one", "질스튜어트 여성 반지갑 / 핑크", "질스튜어트 여성 장지갑, 핑크", order.Warn, KindWord, "반지갑", "장지갑"},
	})
}
