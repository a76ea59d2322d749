package check

import "testing"

func TestHoSizeNotWrittenByAnotherMeasure(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "1호 against 2호 beside 1m", reg: "벽면 전선몰딩 / 화이트 1호", exp: "전선 몰딩 2호 화이트, 1m", severity: "block", kind: KindSize, r: "1호", e: "2호"},
		{name: "3호 against 4호 beside 3kg", reg: "원예 지지대 / 3호", exp: "원예 지지대 4호 3kg", severity: "block", kind: KindSize, r: "3호", e: "4호"},
		{name: "same 호 beside a length", reg: "벽면 전선몰딩 / 화이트 1호", exp: "전선 몰딩 1호 화이트, 1m"},
		{name: "호 against a bare number", reg: "카본 낚싯대 / 2호", exp: "카본 낚싯대 2 100m"},
	})
}
