package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPlusInsideALatinName: a plus glued inside a Latin name (BLACK+DECKER, Watch+ before a
// space, HDMI+USB) joins no part and makes no plus grade; a plus before a part written apart, a
// plus grade (PLA+) and a grade after a number (1++) are read as before (names of no table).
func TestPlusInsideALatinName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a brand written with a plus", "블랙앤데커 전동 드릴 BCD700 / 본체", "BLACK+DECKER 임팩트 드릴 BCD700, 1개", order.Warn, KindWord, "본체", "임팩트"},
		{"the plus edition of a line", "스카이 워치 플러스 2 / 블랙", "SKY Watch+ 2 스마트워치 블랙, 1개", "", "", "", ""},
		{"two Latin words joined", "USB 허브 케이블 HDMI+USB / 2m", "USB 허브 케이블 HDMI USB 2m, 1개", "", "", "", ""},
		{"a part added apart", "HDMI 케이블 / 2m", "HDMI 케이블 2m + 젠더, 1개", order.Block, KindBundle, "", "젠더"},
		{"a part glued to a Hangul word", "캠핑 랜턴 / 본체+파우치", "캠핑 랜턴 본체, 1개", order.Block, KindBundle, "파우치", ""},
		{"a plus grade", "PLA+ 필라멘트 / 1.75mm 1kg", "PLA 필라멘트 1.75mm 1kg", order.Block, KindGrade, "PLA+", "PLA"},
		{"a grade after a number", "한우 등심 1++등급 / 500g", "한우 등심 1+등급 500g", order.Block, KindGrade, "1++", "1+"},
	})
}

// TestLatinPartAdded (review 33, names of no table): a plus inside Latin letters joins a part
// after all when the other name writes the word before it and not the word after it (Body+Lens
// against Body); two words both names write (USB+HDMI) and a brand still join none.
func TestLatinPartAdded(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a lens joined to a body", "캐논 EOS R50 Body+Lens / 블랙", "캐논 EOS R50 Body 블랙, 1개", order.Block, KindBundle, "Lens", ""},
		{"a mouse joined to a keyboard", "로지텍 MX Keys+Master / 그래파이트", "로지텍 MX Keys 그래파이트, 1개", order.Block, KindBundle, "Master", ""},
		{"two words both names write", "USB+HDMI 멀티 허브 / 4포트", "USB HDMI 멀티 허브 4포트, 1개", "", "", "", ""},
		{"a brand the other writes in Hangul", "블랙앤데커 무선 청소기 / 본체", "BLACK+DECKER 무선 청소기 본체, 1개", "", "", "", ""},
	})
}
