package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Units and notations of Korean listings (listingunits.go): feet, garment lengths in 부, paper
// codes against a sheet's sides, holes written 홀, 구 or 공, No. for 호.
func TestListingUnits(t *testing.T) {
	runNameCases(t, []nameCase{
		{"feet against feet in another script", "캠핑 타프 폴대 / 8피트", "타프 폴대 6ft, 1개", order.Block, KindLength, "8피트", "6ft"},
		{"feet against centimetres", "요가매트 대형 / 6피트", "요가매트 대형 183cm, 1개", "", "", "", ""},
		{"trousers' length against a sleeve word", "남성 슬랙스 / 9부 네이비 30", "남성 슬랙스 7부 네이비 30, 1개", order.Block, KindUnit, "9부", "7부"},
		{"one length written in figures and in words", "여성 레깅스 7부 / 블랙 M", "여성 레깅스 칠부 블랙 M, 1개", "", "", "", ""},
		{"a paper code against another paper size", "코팅지 / B4 100매", "코팅지 210 x 297mm, 100매", order.Block, KindUnit, "B4", "210 x 297mm"},
		{"a paper code against its own sides", "코팅지 / A4 100매", "코팅지 21 x 29.7cm, 100매", "", "", "", ""},
		{"a paper code against the outer size of a holder", "클리어 파일 A4 / 10개", "클리어 파일 240 x 310 mm, 10개", "", "", "", ""},
		{"holes against ports", "전동 연필깎이 / 1구", "전동 연필깎이 3홀, 1개", order.Block, KindUnit, "1구", "3홀"},
		{"holes written 공 and 홀", "3공 펀치 / 1개", "펀치 3홀, 1개", "", "", "", ""},
		{"No. against 호", "세필 붓 / No.4", "세필 붓 8호, 1개", order.Block, KindSize, "No.4", "8호"},
		{"No. as the 호 it stands for", "세필 붓 / No.4", "세필 붓 4호, 1개", "", "", "", ""},
	})
}

func TestListingUnitsReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"캠핑 타프 폴대 / 8피트", "타프 폴대 6ft, 1개", "길이 8피트 ↔ 6ft"},
		{"남성 슬랙스 / 9부 네이비 30", "남성 슬랙스 7부 네이비 30, 1개", "규격 9부 ↔ 7부"},
		{"코팅지 / B4 100매", "코팅지 210 x 297mm, 100매", "규격 B4 ↔ 210 x 297mm"},
		{"전동 연필깎이 / 1구", "전동 연필깎이 3홀, 1개", "규격 1구 ↔ 3홀"},
		{"세필 붓 / No.4", "세필 붓 8호, 1개", "사이즈 No.4 ↔ 8호"},
	})
}

// Apparent power in VA and kVA, and a metric thread's pitch after x or P (listingunits.go).
func TestTechnicalNotations(t *testing.T) {
	runNameCases(t, []nameCase{
		{"VA and kVA are one unit", "무정전전원장치 UPS / 1000VA", "UPS 무정전전원장치 1kVA, 1개", "", "", "", ""},
		{"another apparent power", "강압 변압기 / 500VA", "강압 변압기 1kVA, 1개", order.Block, KindUnit, "500VA", "1kVA"},
		{"a pitch after x or after P", "육각 볼트 / M6 x 1.0 10개", "육각볼트 M6 P1.0, 10개", "", "", "", ""},
		{"a pitch glued or spaced", "핸드탭 / M6x1.0", "핸드탭 M6 P1.0, 1개", "", "", "", ""},
		{"another pitch", "핸드탭 / M6 x 1.0", "핸드탭 M6x0.75, 1개", order.Block, KindModel, "M6 x 1.0", "M6x0.75"},
	})
}

// A bolt's thread and length written M6x20 against M6 20mm: the number after x is a length,
// not a pitch, when it is a whole number of 4 or more (listingunits.go); names of no table.
func TestScrewLengths(t *testing.T) {
	runNameCases(t, []nameCase{
		{"length glued after x", "스텐 육각볼트 / M6x20 50개", "스테인리스 육각볼트 M6 20mm, 50개", "", "", "", ""},
		{"length spaced after x", "렌치볼트 / M8x30 10개", "렌치볼트 M8 x 30mm, 10개", "", "", "", ""},
		{"a short screw", "접시머리 볼트 / M3x8 100개", "접시머리 볼트 M3 8mm, 100개", "", "", "", ""},
		{"a long rod", "전산볼트 / M10x1000", "전산볼트 M10 1000mm, 1개", "", "", "", ""},
		{"another length", "렌치볼트 / M8x30 10개", "렌치볼트 M8 40mm, 10개", order.Block, KindLength, "M8x30", "40mm"},
		{"another length both glued", "육각볼트 / M5x15 20개", "육각볼트 M5x20, 20개", order.Block, KindLength, "M5x15", "M5x20"},
		{"another thread", "렌치볼트 / M8x30 10개", "렌치볼트 M6 30mm, 10개", order.Block, KindModel, "M8x30", "M6"},
		{"a pitch still a pitch", "핸드탭 / M24x3", "핸드탭 M24 P3, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"렌치볼트 / M8x30 10개", "렌치볼트 M8 40mm, 10개", "길이 M8x30 ↔ 40mm"},
	})
}

// A lamp's brightness in lumens, written 루멘 or lm (listingunits.go); names of no table.
func TestLumens(t *testing.T) {
	runNameCases(t, []nameCase{
		{"lumens in Hangul against lm", "헤드랜턴 충전식 / 1200루멘", "헤드랜턴 충전식 1200LM, 1개", "", "", "", ""},
		{"lumens spelt out", "LED 캠핑 랜턴 / 800 lumens", "LED 캠핑랜턴 800루멘, 1개", "", "", "", ""},
		{"another brightness", "충전식 LED 투광등 / 3000루멘", "충전식 LED 투광등 1500lm, 1개", order.Block, KindUnit, "3000루멘", "1500lm"},
		{"another brightness in lm", "LED 전구 / 810lm", "LED 전구 1055lm, 1개", order.Block, KindUnit, "810lm", "1055lm"},
	})
}
