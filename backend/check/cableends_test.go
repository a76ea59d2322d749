package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBareCEnds: a bare C beside the word to is the USB-C end of a cable or a gender, so the
// same two ends named the other way (라이트닝 to USB-C) pass and another end blocks (names of
// no table).
func TestBareCEnds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"C to 8핀 is 라이트닝 to USB-C", "고속 충전 케이블 C to 8핀 / 1m 화이트", "라이트닝 to USB-C 고속 충전 케이블 1m 화이트, 1개", "", "", "", ""},
		{"8핀 to C is USB-C to 라이트닝", "아이폰 케이블 8핀 to C / 2m", "USB-C to 라이트닝 아이폰 케이블 2m, 1개", "", "", "", ""},
		{"C to 5핀 against 8핀 to USB-C", "충전 젠더 C to 5핀 / 2개", "충전 젠더 8핀 to USB-C, 2개", order.Block, KindPort, "5핀", "8핀"},
		{"8핀 to 3.5mm against C to 3.5mm", "이어폰 젠더 8핀 to 3.5mm / 1개", "이어폰 젠더 C to 3.5mm, 1개", order.Block, KindPort, "8핀", "C"},
	})
	runReadingCases(t, []readingCase{
		{"이어폰 젠더 8핀 to 3.5mm / 1개", "이어폰 젠더 C to 3.5mm, 1개", "단자 8핀 ↔ C"},
	})
}

// TestJackPorts: a jack size that is the only plug of earphones or a microphone is its audio
// port, so against another plug it blocks; goods with two ends, or a name naming no plug, pass
// (names of no table).
func TestJackPorts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"3.5mm earphones against USB-C earphones", "커널형 유선 이어폰 3.5mm / 화이트", "커널형 유선 이어폰 C타입 화이트, 1개", order.Block, KindPort, "3.5mm", "C타입"},
		{"a 3.5mm microphone against a Lightning one", "유튜브 핀마이크 / 3.5mm 1개", "유튜브 핀마이크 라이트닝, 1개", order.Block, KindPort, "3.5mm", "라이트닝"},
		{"a plug one name leaves out", "커널형 유선 이어폰 3.5mm / 화이트", "커널형 유선 이어폰 화이트, 1개", "", "", "", ""},
		{"a gender names either end", "이어폰 젠더 3.5mm / 1개", "C타입 이어폰 젠더, 1개", "", "", "", ""},
		{"a cable names either end", "오디오 케이블 3.5mm / 1m", "오디오 케이블 8핀 1m, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"커널형 유선 이어폰 3.5mm / 화이트", "커널형 유선 이어폰 C타입 화이트, 1개", "단자 3.5mm ↔ C타입"},
	})
}
