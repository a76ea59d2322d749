package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two codes of one head with different last parts after a hyphen name two items of one series
// (hyphentails.go) and ask for a look; a maker's suffix one character longer, a size, a Roman
// numeral against its digit and a code the other name writes with a space are the same code.
func TestHyphenTails(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a book's grade and term in digits", "개념원리 중학 수학 / 1-2", "개념원리 중학 수학 1-1, 1권", order.Warn, KindModel, "1-2", "1-1"},
		{"a last part read as a measure", "경동나비엔 ESW351-30W / 설치미포함", "경동나비엔 ESW351-30U 전기온수기 30L, 1개", order.Warn, KindModel, "ESW351-30W", "ESW351-30U"},
		{"letter codes of another length", "소니 DVD-RW 4.7GB / 10장", "소니 DVD-R 4.7GB, 10장", order.Warn, KindModel, "DVD-RW", "DVD-R"},
		{"the same code", "개념원리 중학 수학 / 1-2", "개념원리 중학 수학 1-2, 1권", "", "", "", ""},
		{"a maker's suffix one character longer", "롤랜드 디지털 피아노 FP-30 / 블랙", "Roland FP-30B 디지털피아노 블랙, 1개", "", "", "", ""},
		{"a size written after the code", "나이키 티셔츠 DRI-FIT / X-L", "나이키 드라이핏 티셔츠 X-Large, 1개", "", "", "", ""},
		{"a colour suffix spelled two ways is the word rule's", "마이크 거치대 MS-BK / 1개", "마이크 거치대 MS-BLK, 1개", order.Warn, KindWord, "MS-BK", "MS-BLK"},
		{"a plural", "빅사이즈 반팔 T-Shirt / 블랙 2XL", "빅사이즈 반팔 T-Shirts 블랙 2XL, 1개", "", "", "", ""},
		{"a Roman numeral against its digit", "캐논 카메라 EOS-2 / 본체", "캐논 EOS-II 카메라 본체, 1개", "", "", "", ""},
		{"the code written with a space", "귀뚜라미 온도조절기 CTR-5700PLUS / 1개", "귀뚜라미 CTR-5700 PLUS 온도조절기, 1개", "", "", "", ""},
	})
}

func TestHyphenTailsReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"개념원리 중학 수학 / 1-2", "개념원리 중학 수학 1-1, 1권", "모델 1-2 ↔ 1-1"},
	})
}
