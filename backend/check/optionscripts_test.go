package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A Hangul word of the seller's option left unexplained against one Latin word standing alone in
// the catalogue's name (optionscripts.go) asks for a look; the same choice written in Latin
// letters, the goods as sold (본체) and a Latin brand do not.
func TestOptionWordAgainstALatinWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a member against another member in Latin", "아이브 포토카드 공식 / 장원영", "IVE 포토카드 LIZ", order.Warn, KindWord, "장원영", "LIZ"},
		{"a print against another print in Latin", "놀이매트 / 동물 150x200", "놀이 매트 Alphabet 150x200cm", order.Warn, KindWord, "동물", "Alphabet"},
		{"a width against another width in Latin", "러닝화 쿠션 / 와이드 270", "러닝화 쿠션 Narrow 270", order.Warn, KindWord, "와이드", "Narrow"},
		{"the member in Hangul on both sides", "아이브 포토카드 공식 / 장원영", "IVE 포토카드 장원영", "", "", "", ""},
		{"the option in Latin letters", "요가매트 / 레귤러 6mm", "요가매트 Regular 6mm", "", "", "", ""},
		{"a high back in Latin letters", "캠핑 의자 / 하이백", "캠핑 의자 Highback", "", "", "", ""},
		{"mini in Latin letters", "실리콘 주걱 / 미니", "실리콘 주걱 Mini", "", "", "", ""},
		{"the goods as sold against a brand", "텀블러 스텐 / 본체", "텀블러 Stanley 스텐", "", "", "", ""},
		{"a one-piece in Latin letters", "수영복 여성 / 원피스 M", "여성 수영복 Onepiece M", "", "", "", ""},
	})
}

func TestOptionWordAgainstALatinWordReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"아이브 포토카드 공식 / 장원영", "IVE 포토카드 LIZ", "상품명 장원영 ↔ LIZ"},
	})
}
