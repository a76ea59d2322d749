package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A Hangul word written with its Latin twin (몰스킨 MOLESKINE) is the name the other name writes in
// Latin, not a value the lexicon reads in its ending (names of no table).
func TestHangulWordWithItsLatinTwin(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a notebook brand ending like skin", "몰스킨 MOLESKINE 까이에 저널 라지 / 크라프트", "Moleskine 까이에 저널 라지, 크라프트", "", "", "", ""},
		{"the twin before the word", "MOLESKINE 몰스킨 볼드 노트 / 블랙", "Moleskine 볼드 노트, 블랙", "", "", "", ""},
		{"a toner written twice is still a toner", "이니스프리 스킨 SKIN 그린티 / 150ml", "이니스프리 그린티 로션, 150ml", order.Block, attrKind, "스킨", "로션"},
	})
}
