package check

import "testing"

func TestSizeFractionsWholeNotTwoNumbers(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "cello 4/4 against 3/4", reg: "입문용 첼로 풀세트 / 4/4", exp: "입문용 첼로 풀세트 3/4", severity: "block", kind: KindSize, r: "4/4", e: "3/4"},
		{name: "guitar 1/4 against 4/4 written with 사이즈", reg: "어린이 클래식기타 / 1/4 사이즈", exp: "클래식기타 4/4 사이즈", severity: "block", kind: KindSize, r: "1/4", e: "4/4"},
		{name: "the same fraction", reg: "입문용 첼로 풀세트 / 4/4", exp: "입문용 첼로 풀세트 4/4"},
		{name: "a fraction on one side only", reg: "입문용 첼로 풀세트 / 4/4", exp: "입문용 첼로 풀세트"},
		{name: "a date is no fraction", reg: "탁상 달력 / 2025/12", exp: "탁상 달력 2025/12"},
	})
}
