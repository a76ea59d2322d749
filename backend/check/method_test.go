package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// TestCompareNamesMethod: the typed attributes, unit conversions, codes, grades and the
// script-independent word comparison, one case each, with the severity they get.
func TestCompareNamesMethod(t *testing.T) {
	tests := []struct {
		name     string
		reg, exp string
		severity order.Severity // "" for a match
		kind     string
		r, e     string // the readings the difference names
	}{
		{"ounces are millilitres", "스탠리 퀜처 텀블러 / 30oz 크림", "STANLEY 스탠리 퀜처 887ml 크림", "", "", "", ""},
		{"40oz is not 30oz", "스탠리 퀜처 텀블러 / 30oz 크림", "스탠리 퀜처 1.18L 크림", order.Block, KindCapacity, "30oz", "1.18L"},
		{"a pound of butter", "앵커 무염버터 / 454g", "Anchor 앵커 무염 버터 1파운드", "", "", "", ""},
		{"a dozen is twelve", "스테들러 연필 / HB 1다스", "스테들러 연필 HB 12자루", "", "", "", ""},
		{"inches are millimetres", "보쉬 와이퍼 / 600mm", "BOSCH 보쉬 와이퍼 24인치", "", "", "", ""},
		{"22 inches are not 24", "불스원 와이퍼 / 22인치", "불스원 와이퍼 24인치", order.Block, KindLength, "22인치", "24인치"},
		{"a code with or without its hyphen", "디월트 드릴 DCD-791N / 본체", "DEWALT 디월트 DCD791N 드릴 본체", "", "", "", ""},
		{"a code split over words", "드롱기 커피머신 / ECAM22.110.B", "드롱기 ECAM 22.110.B 커피머신", "", "", "", ""},
		{"952 is not 952XL", "HP 952 정품 잉크 / 검정", "HP 정품잉크 952XL 대용량 검정", order.Block, KindModel, "952", "952XL"},
		{"V12 is not V15", "다이슨 V12 청소기", "다이슨 V15 청소기", order.Block, KindModel, "V12", "V15"},
		{"grade 1+ is not 1++", "한우 1+ 등급 등심 / 500g", "한우 1++등급 등심 500g", order.Block, KindGrade, "1+", "1++"},
		{"pencil 2B is not B", "스테들러 연필 / 2B 12자루", "스테들러 연필 B 12자루", order.Block, KindGrade, "2B", "B"},
		{"main and refill are two", "핸드워시 / 본품+리필", "핸드워시 본품 250ml", order.Block, KindCount, "2개", "1개(표기 없음)"},
		{"a part left out", "드릴 / 본체(배터리 미포함)", "드릴 본체 배터리 충전기 세트", order.Block, KindBundle, "배터리 미포함", "배터리"},
		{"Latin and Hangul brand", "디월트 드릴 드라이버 / 본체만", "DEWALT 드릴 드라이버 베어툴", "", "", "", ""},
		{"a loanword spelt two ways", "샤오미 밴드 / 미드나잇 블랙", "샤오미 밴드 미드나이트 블랙", "", "", "", ""},
		{"kimchi dumplings are not dumplings", "해태 고향만두 / 415g", "해태 고향 김치만두 415g", order.Block, KindFlavor, "", "김치만두"},
		{"large is not extra large", "생리대 / 대형 16개", "생리대 초대형 16개", order.Block, KindSize, "대형", "초대형"},
		{"another product word asks for a look", "코멧 수세미 / 10개", "코멧 고무장갑 10개", order.Warn, KindWord, "수세미", "고무장갑"},
		{"a count restated", "생리대 / 24개", "생리대 24개 (8매 x 3팩)", "", "", "", ""},
		{"1+1+1 is three", "샴푸 / 3개", "샴푸 1+1+1", "", "", "", ""},
		{"colours in three forms", "반팔티 / 블랙 L", "반팔티 검정 L", "", "", "", ""},
		{"a hyphenated word is a listed word", "충전 케이블 USB-C / 1m", "충전 케이블 8핀 1m", order.Block, KindPort, "USB-C", "8핀"},
		{"USB-C is C타입", "충전 케이블 USB-C / 1m", "충전 케이블 C타입 1m", "", "", "", ""},
		{"Wi-Fi is not cellular", "아이패드 에어 / 128GB Wi-Fi", "아이패드 에어 Wi-Fi+Cellular 128GB", order.Block, KindNetwork, "Wi-Fi", "Cellular"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			assert.Equal(t, tc.severity, got.Severity, "%+v", got.Differences)
			assert.Equal(t, tc.severity == "", got.Match)
			if tc.severity == "" {
				return
			}
			require.NotEmpty(t, got.Differences)
			d := got.Differences[0]
			assert.Equal(t, tc.kind, d.Kind, "%+v", got.Differences)
			assert.Equal(t, tc.r, d.Registered)
			assert.Equal(t, tc.e, d.Exposed)
		})
	}
}
