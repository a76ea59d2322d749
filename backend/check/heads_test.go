package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLoanwordHeads: a compound whose last part is a short loanword (볼, 백, 컵, 박스) is the
// compound with the native word after the same first part (names of no table).
func TestLoanwordHeads(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a ball as 볼 and 공", "미카사 배구공 / 5호", "미카사 배구볼 5호", "", "", "", ""},
		{"a bowl as 볼 and 그릇", "코렐 샐러드그릇 / 1개", "코렐 샐러드볼 1개", "", "", "", ""},
		{"a glass as 컵 and 잔", "보덤 유리잔 / 2개", "보덤 유리컵 2개", "", "", "", ""},
		{"a box as 박스 and 상자", "코멧 선물상자 / 10개", "코멧 선물박스 10개", "", "", "", ""},
		{"a bag as 백 and 봉투", "코멧 쓰레기봉투 / 50매", "코멧 쓰레기백 50매", "", "", "", ""},
		{"a ball is still no glove", "윌슨 야구공 / 1개", "윌슨 야구글러브 1개", order.Warn, KindWord, "야구공", "야구글러브"},
		{"another first part is another compound", "코멧 종이컵 / 100개", "코멧 유리잔 100개", order.Warn, KindWord, "종이컵", "유리잔"},
	})
}

// TestCompoundHeads: the head of a compound decides; a compound written apart or in two registers,
// and a word a compound of the other name accounts for, are the same goods (names of no table).
func TestCompoundHeads(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the head of a compound decides", "성심당 정통소보로빵 / 5개", "성심당 정통 단팥빵 5개", order.Warn, KindWord, "정통소보로빵", "단팥빵"},
		{"a compound of two words the other writes apart", "성심당 정통소보로빵 / 5개", "성심당 정통 소보로빵 5개", "", "", "", ""},
		{"a kind of goods before a word of the other name", "비비고 설렁탕 / 500g 6개", "비비고 한우설렁탕 500g 6개", order.Block, KindGoods, "설렁탕", "한우설렁탕"},
		{"a compound in one register, two words in the other", "질러 비프저키 / 70g", "질러 소고기 육포 70g", "", "", "", ""},
		{"a compound against other words", "질러 비프저키 / 70g", "질러 소고기 소시지 70g", order.Warn, KindWord, "비프저키", "소시지"},
		{"a cat said by a compound's loanword", "펫모닝 숨숨집 / 베이지", "펫모닝 고양이 캣하우스 숨숨집 베이지", "", "", "", ""},
		{"a cat said by a compound is still no dog", "펫모닝 강아지 숨숨집 / 베이지", "펫모닝 캣하우스 숨숨집 베이지", order.Warn, KindWord, "강아지", "캣하우스"},
	})
}
