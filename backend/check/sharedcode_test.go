package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSharedCodeWordsOfTheTitle guards the shared model code's reach on the word rule (slotPairs,
// pinned): when both names write one specific code, a word of the registered product name the
// other name writes another way is a description (무소음 / 사일런트 before M331), but two names
// of different goods of the vocabulary still ask for a look, however much else the names share
// (the phone case and the screen film of one phone, the charger and the battery of one
// vacuum cleaner): an accessory carries the code of the goods it fits. Over the 26 labelled
// tables the exception makes no catch; it is kept for these shapes, which no table writes, and
// holds only for words that end their titles (titleHead).
func TestSharedCodeWordsOfTheTitle(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a description the code pins", "로지텍 무소음 마우스 M331 / 블랙", "로지텍 사일런트 마우스 M331 블랙, 1개", "", "", "", ""},
		{"the same words without a code", "로지텍 무소음 마우스 / 블랙", "로지텍 사일런트 마우스 블랙, 1개", order.Warn, KindWord, "무소음", "사일런트"},
		{"a case and a film of one phone", "갤럭시 S24 케이스 SM-S921 / 블랙", "갤럭시 S24 보호필름 SM-S921 블랙, 1개", order.Warn, KindWord, "케이스", "보호필름"},
		{"a charger and a battery of one cleaner", "다이슨 V12 충전기 SV20 / 1개", "다이슨 V12 배터리 SV20, 1개", order.Warn, KindWord, "충전기", "배터리"},
		{"a printer and a multifunction of one code", "브라더 흑백 레이저 프린터 HL-L2335D / 1대", "Brother 레이저 복합기 HL-L2335D, 1대", order.Warn, KindWord, "프린터", "복합기"},
	})
}
