package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 패키지 says a set, as 세트 does: it names no goods of its own (names of no table).
func TestPackageIsASetWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a keyboard package", "카시오 CT-S1 키보드 입문용 / 본체+스탠드+의자 세트", "카시오 CTS1 키보드 패키지, 스탠드, 의자 포함", "", "", "", ""},
		{"a game package", "마리오 카트 8 디럭스 / 닌텐도 스위치 한글판", "[스위치] 마리오 카트 8 디럭스 한글판 패키지", "", "", "", ""},
		{"the main item alone", "카시오 CT-S1 키보드 입문용 / 본체만", "카시오 CTS1 키보드 패키지, 스탠드, 의자 포함", order.Block, KindBundle, "본체만", "의자 포함"},
	})
}
