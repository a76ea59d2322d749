package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFirmness: soft, medium and hard are variants of one goods (a toothbrush's bristles, a case,
// a wax); a firmness only one name writes, one firmness in common, words that only begin with
// one (하드케이스) or a medium that is the other name's letter size M say nothing (names of no
// table).
func TestFirmness(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a medium toothbrush against a soft one", "오랄비 칫솔 / 미디움 4개", "오랄비 칫솔 소프트, 4개", order.Block, KindFirmness, "미디움", "소프트"},
		{"a soft case against a hard one", "아이패드 케이스 소프트 / 블랙", "아이패드 하드 케이스 블랙, 1개", order.Block, KindFirmness, "소프트", "하드"},
		{"hard in Latin letters", "폼롤러 / Hard 45cm", "폼롤러 소프트 45cm, 1개", order.Block, KindFirmness, "Hard", "소프트"},
		{"the same firmness spelled otherwise", "칫솔 미디엄 / 4개", "칫솔 미디움, 4개", "", "", "", ""},
		{"a firmness one name writes", "칫솔 / 소프트 4개", "칫솔, 4개", "", "", "", ""},
		{"a word that begins with hard", "펫 이동장 하드 / 아이보리", "펫 이동장 하드케이스 아이보리, 1개", "", "", "", ""},
		{"medium spelled out is the size M", "후드티 소프트 / M 블랙", "소프트 후드티 미디엄 블랙, 1개", "", "", "", ""},
		{"medium against a size M and a hard case", "하드 이동장 / M 그레이", "이동장 하드케이스 미디움 그레이, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"오랄비 칫솔 / 미디움 4개", "오랄비 칫솔 소프트, 4개", "강도 미디움 ↔ 소프트"},
	})
}

// 하드 after 외장 or before 디스크 is a hard disk, not a firmness: against a soft pouch the other
// name adds it is no other variant; a hard case against a soft one still blocks (names of no
// table).
func TestFirmnessHardDisk(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an external hard disk against a soft pouch given with it", "씨게이트 외장 하드 2TB / 블랙", "씨게이트 외장HDD 2TB 블랙 소프트 파우치 증정", "", "", "", ""},
		{"a hard disk written apart against a soft case", "2.5인치 하드 디스크 1TB / 소프트 케이스 포함", "2.5인치 HDD 1TB 소프트 케이스 포함", "", "", "", ""},
		{"a hard case against a soft case", "닌텐도 스위치 하드 파우치", "닌텐도 스위치 소프트 파우치", order.Block, KindFirmness, "하드", "소프트"},
	})
}

func TestFirmnessIntensifiedHard(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "슈퍼하드 against 하드", reg: "헤어 젤 고정력 / 슈퍼하드 300ml", exp: "헤어 젤 하드 300ml", severity: "block", kind: KindFirmness, r: "슈퍼하드", e: "하드"},
		{name: "ultrahard against hard", reg: "스타일링 왁스 / ultrahard 80g", exp: "스타일링 왁스 hard 80g", severity: "block", kind: KindFirmness, r: "ultrahard", e: "hard"},
		{name: "슈퍼하드 on both sides", reg: "헤어 젤 / 슈퍼하드 300ml", exp: "헤어 젤 슈퍼하드 300ml"},
	})
}
