package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A part one name says comes in the box (포함) against the goods the other name sells alone
// (X만, 빈 X, 단품) is another composition of the box (aloneincluded.go); a part both include, or
// one left out (미포함), is not this rule's.
func TestGoodsAloneAgainstAPartIncluded(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the bowl only against the bowl with its lid", "사각 밀폐용기 2L / 10개 용기만", "사각 밀폐 용기 2L 뚜껑포함, 10개", order.Block, KindBundle, "용기만", "뚜껑포함"},
		{"an empty box against a box with its tools", "빈 공구함 3단 / 블루", "3단 공구함 파랑 (드라이버 포함)", order.Block, KindBundle, "빈 공구함", "드라이버 포함"},
		{"the book alone against the book with pencils", "명화 스케치북 / 붓 포함", "명화 스케치북 단품, 1권", order.Warn, KindBundle, "붓 포함", "단품"},
		{"both include a part", "사각 밀폐용기 2L / 용기만 뚜껑포함", "사각 밀폐 용기 2L 뚜껑포함", "", "", "", ""},
		{"a part left out is the negation rule's", "사각 밀폐용기 2L / 10개 용기만", "사각 밀폐 용기 2L 뚜껑 미포함, 10개", "", "", "", ""},
		{"the part written by the alone side", "사각 밀폐용기 뚜껑 2L / 용기만", "사각 밀폐 용기 2L 뚜껑포함", "", "", "", ""},
		{"X만 of a word the other does not write", "도자기 머그 / 로만", "도자기 머그 받침 포함", order.Warn, KindWord, "로만", "받침"},
	})
}

func TestGoodsAloneReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"사각 밀폐용기 2L / 10개 용기만", "사각 밀폐 용기 2L 뚜껑포함, 10개", "구성 용기만 ↔ 뚜껑포함"},
	})
}
