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

// TestLineBeforeARating: a rating both names write (IP68, IP54, HD1080) is no model code, so the
// line word before it (아이폰15 프로, 에어팟 프로, 로지텍 프로) still names other goods; before a model
// code both write (DCF887) it names the code's line (review 28, names of no table).
func TestLineBeforeARating(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a case for the Pro phone", "아이폰15 프로 IP68 방수팩 / 블랙", "아이폰15 IP68 방수팩 블랙, 1개", order.Block, KindVariant, "프로", ""},
		{"a case for the Pro earbuds", "에어팟 프로 IP54 실리콘 케이스 / 화이트", "에어팟 IP54 실리콘 케이스 화이트, 1개", order.Block, KindVariant, "프로", ""},
		{"a Pro webcam of the same resolution", "로지텍 프로 HD1080 웹캠 / 블랙", "로지텍 HD1080 웹캠 블랙, 1개", order.Block, KindVariant, "프로", ""},
		{"the line of a model code", "디월트 맥스 DCF887 임팩드라이버 / 베어툴", "디월트 DCF887 임팩드라이버 베어툴, 1개", "", "", "", ""},
	})
}
