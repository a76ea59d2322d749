package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCodeStemWrittenAlone: a number both names write on its own (HP 952 잉크) is still the stem
// of a code one name says besides (952XL, 3S); only a number inside a hyphenated code (3-80) or
// glued to a Hangul name (버즈3) is not (names of no table).
func TestCodeStemWrittenAlone(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an ink's high-yield code in the option", "HP 952 잉크 / 952XL 검정", "HP 952 잉크 검정", order.Block, KindModel, "952XL", "952"},
		{"a mouse's later model in the option", "로지텍 MX Master 3 / 3S 그래파이트", "로지텍 MX Master 3 마우스 그래파이트", order.Block, KindModel, "3S", "3"},
		{"the same ink", "HP 952 잉크 / 952 검정", "HP 952 잉크 검정", "", "", "", ""},
		{"a feature beside a generation glued to its name", "갤럭시 버즈3 케이스 / 3D 실리콘", "갤럭시 버즈3 실리콘 케이스", "", "", "", ""},
		{"a feature beside a hyphenated code both write", "보쉬 레이저 레벨 GCL 2-15 2D / 본품", "보쉬 GCL 2-15 레이저 레벨 본품", "", "", "", ""},
	})
}
