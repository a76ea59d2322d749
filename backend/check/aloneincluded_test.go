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

// TestEmptyVesselAndChargesIncluded: 빈 before a bottle says it holds no goods, not that it comes
// without its lid, pump or cap; a charge written with 포함 (부가세 포함, 배송비 포함) is what the price
// covers, not a part of the box. An empty case against its contents included, and a body alone
// against its charger included, still differ (review 28, names of no table).
func TestEmptyVesselAndChargesIncluded(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an empty bottle with its lid", "유리병 / 뚜껑포함 100ml", "빈 유리병 100ml, 1개", "", "", "", ""},
		{"an empty cosmetics bottle with its pump", "화장품 공병 / 펌프 포함 50ml", "빈 화장품 공병 50ml, 1개", "", "", "", ""},
		{"an empty spray bottle with its cap", "빈 스프레이 공병 / 100ml", "스프레이 공병 100ml 캡 포함, 1개", "", "", "", ""},
		{"VAT included is no part", "A4 복사용지 / 단품", "A4 복사용지 부가세 포함, 1개", "", "", "", ""},
		{"delivery included is no part", "핸드크림 / 단품", "핸드크림 배송비포함, 1개", "", "", "", ""},
		{"an empty case against its contents", "빈 구급함 휴대용 / 레드", "휴대용 구급함 빨강 (구성품 포함), 1개", order.Block, KindBundle, "빈 구급함", "구성품 포함"},
		{"the body alone against its charger", "전동칫솔 / 본체만", "전동칫솔 충전기 포함, 1개", order.Block, KindBundle, "본체만", "충전기 포함"},
	})
}

// TestBuiltInAgainstAlone: a part built in with 일체형 (텀블러 빨대 일체형) against the goods alone
// (단품) asks for a look, as a part written with 포함 does; built in on both sides, or against a
// name that writes the part too, is no other composition (names of no table).
func TestBuiltInAgainstAlone(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "a built-in strainer against the bottle alone", reg: "[캠핑] 보온 텀블러 거름망 일체형 / 500ml 블랙", exp: "보온 텀블러 단품 500ml, 블랙",
			severity: "warn", kind: KindBundle, r: "거름망 일체형", e: "단품"},
		{name: "the part written on both sides", reg: "보온 텀블러 거름망 일체형 / 500ml 블랙", exp: "보온 텀블러 거름망 500ml, 블랙"},
	})
}
