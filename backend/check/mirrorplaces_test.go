package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A variant written on the other side of a word both names share: one name's word right after
// it, the other's right before it, two words of one head or two goods of the vocabulary. Names of
// no table; each passed before the rule.
func TestMirroredRivals(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one head, the seller's after the origin, the catalogue's before it", "곰곰 국산 들기름 특품 / 500ml", "곰곰 참기름 국산 500ml", order.Warn, KindWord, "들기름", "참기름"},
		{"two goods of the vocabulary around a size", "보국 전기요 싱글 면", "보국 싱글 온수매트", order.Warn, KindWord, "전기요", "온수매트"},
		{"one head after the goods against before it", "해피콜 프라이팬 양면 28cm", "해피콜 단면 프라이팬 28cm", order.Warn, KindWord, "양면", "단면"},
		{"one head around the weight", "비비고 물만두 370g", "비비고 370g 군만두", order.Warn, KindWord, "물만두", "군만두"},
		{"the catalogue's variant first", "필립스 면도기 전동", "필립스 수동 면도기", order.Warn, KindWord, "전동", "수동"},
	})
}

// What stays as it was: a model code both names write (the title's words describe the product
// it names), two uses, a word the goods fit (공용, 호환), words of one head that are not in
// mirrored places, and two words nothing ties by form. Names of no table.
func TestMirroredRivalsGuards(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a shared model code", "모던하우스 LED 탁상거울 MH2040 / 화이트", "모던하우스 MH2040 화장거울 LED 화이트", "", "", "", ""},
		{"two uses of one goods", "CCTV 하드 감시용 2TB", "CCTV 2TB 녹화기용 하드", "", "", "", ""},
		{"what the goods fit", "그랜저 대시보드커버 햇빛가리개 / 블랙", "그랜저 대시보드커버 블랙 HUD 공용", "", "", "", ""},
		{"two describing words", "캠핑 의자 경량 접이식", "초경량 캠핑 의자 접이식", "", "", "", ""},
	})
}
