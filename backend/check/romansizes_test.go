package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A small number one name writes where the other writes it as a Roman numeral (클래식3 against
// Classic III) is written by the other, so a catalogue number beside the numeral is no rival
// size nor an unexplained number (names.go writesSize); names of no table.
func TestRomanNumeralWritesSize(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a generation against its numeral", "옴론 혈압계 스탠다드3 / 화이트", "OMRON 혈압계 Standard III 7130, 화이트", "", "", "", ""},
		{"apart against its numeral", "하리오 드리퍼 클리어 2 / 1개", "HARIO 드리퍼 Clear II 4410, 1개", "", "", "", ""},
		{"four", "무선 마우스 프로4 / 블랙", "무선 마우스 Pro IV 8821, 블랙", "", "", "", ""},
		{"another numeral still read", "옴론 혈압계 스탠다드3 / 화이트", "OMRON 혈압계 Standard II 7130, 화이트", order.Block, KindSize, "3", "7130"},
	})
}
