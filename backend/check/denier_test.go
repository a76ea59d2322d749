package check

import "testing"

func TestDenierWrittenAnyWay(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "데니아 against another D", reg: "여성 팬티스타킹 30데니아 / 블랙 3매", exp: "팬티스타킹 블랙 70D, 3매", severity: "block", kind: KindUnit, r: "30데니아", e: "70D"},
		{name: "데니어 against 데니아", reg: "압박 스타킹 / 140데니어 베이지", exp: "압박 스타킹 베이지 80데니아", severity: "block", kind: KindUnit, r: "140데니어", e: "80데니아"},
		{name: "den against another D", reg: "기모 레깅스 / 200den 블랙", exp: "기모 레깅스 블랙 120D", severity: "block", kind: KindUnit, r: "200den", e: "120D"},
		{name: "데니아 against the same D", reg: "여성 팬티스타킹 30데니아 / 블랙 3매", exp: "팬티스타킹 블랙 30D, 3매"},
		{name: "데니어 against the same 데니아", reg: "압박 스타킹 / 140데니어 베이지", exp: "압박 스타킹 베이지 140데니아"},
		{name: "no denier: a 3D stays a code", reg: "원목 입체 퍼즐 / 3D 동물", exp: "3D 원목 입체 퍼즐 동물"},
	})
}
