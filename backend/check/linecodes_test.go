package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLineBeforeCode: a line word written before the model code both names write (Ultra …
// BX500A, 맥스 … HR-2631) names the code's line; after a code, before a code only one name writes,
// or before a version or a plain number it is still another variant (names of no table).
func TestLineBeforeCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a line word before a shared code", "코세어 BX500A 파워서플라이 / 1개", "Corsair Ultra BX500A 500W 파워, 1개", "", "", "", ""},
		{"a Hangul line word before a code written with a hyphen", "한경희 맥스 스팀다리미 HR2631 / 화이트", "한경희 스팀다리미 HR-2631 화이트", "", "", "", ""},
		{"a code written in two pieces", "브리츠 SR1000 블루투스 스피커 / 블랙", "Britz 울트라 SR 1000 블루투스 스피커, 블랙", "", "", "", ""},
		{"an edition after the code still differs", "페닉스 HM65R 헤드랜턴 / 본품", "FENIX HM65R 프로 헤드랜턴, 1개", order.Block, KindVariant, "", "프로"},
		{"a code only one name writes says nothing", "한경희 스팀다리미 / 화이트", "한경희 맥스 스팀다리미 HR-2631 화이트", order.Block, KindVariant, "", "맥스"},
		{"a version is no model code", "샌드디스크 포터블 SSD V2 / 1TB", "샌드디스크 프로 포터블 SSD V2 1TB", order.Block, KindVariant, "", "프로"},
	})
}
