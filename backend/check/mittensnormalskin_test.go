package check

import "testing"

// A mitten is a third kind of glove beside the half- and full-finger ones (rivalvalues.go), and
// normal skin a skin type beside dry, oily and sensitive (lexicon.go: 일반피부용, 보통피부); names
// of no table.
func TestMittensAndNormalSkin(t *testing.T) {
	runNameCases(t, []nameCase{
		{"mittens against fingered gloves", "울 니트 벙어리장갑 / 그레이", "울 니트 손가락장갑 그레이, 1개", "block", "glovefinger", "벙어리장갑", "손가락장갑"},
		{"a loanword mitten against full-finger", "스키 장갑 미튼 / 블랙 L", "스키 풀핑거 장갑 블랙 L", "block", "glovefinger", "미튼", "풀핑거 장갑"},
		{"one mitten in two words", "아동 손모아장갑 / 핑크", "아동 벙어리장갑 핑크, 1개", "", "", "", ""},
		{"normal against sensitive skin", "수분 크림 민감성 / 50ml", "수분 크림 보통피부용, 50ml, 1개", "block", "skin", "민감성", "보통피부용"},
		{"normal skin in two words", "약산성 클렌징폼 일반피부 / 150ml", "약산성 클렌징폼 보통피부용 150ml, 1개", "", "", "", ""},
	})
}
