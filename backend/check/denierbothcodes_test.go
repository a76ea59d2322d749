package check

import "testing"

// A number and D both names write (the 3D of a 3D pattern) is no thickness one name gives and
// the other does not: only the D numbers the other name leaves out are read as denier.
func TestDenierCodeBothNamesWrite(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "3D both write beside the denier", reg: "입체 3D 패턴 스타킹 / 30데니어", exp: "30D 스타킹 3D 패턴"},
		{name: "3D both write, 20D the same", reg: "3D 입체 스타킹 / 20데니어 블랙", exp: "3D 입체 스타킹 블랙 20D"},
		{name: "3D both write, another denier", reg: "입체 3D 패턴 스타킹 / 30데니어", exp: "70D 스타킹 3D 패턴", severity: "block", kind: KindUnit, r: "30데니어", e: "70D"},
		{name: "a D number only one writes is still denier", reg: "팬티스타킹 / 20데니아", exp: "팬티스타킹 40D", severity: "block", kind: KindUnit, r: "20데니아", e: "40D"},
	})
}

// 2D, 3D and 4D beside a denier are dimensions (3D 입체), not a thickness.
func TestDenierNotADimension(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "3D 입체 only one name writes", reg: "70D 스타킹 / 3D 입체", exp: "스타킹 70데니어"},
		{name: "4D only one name writes", reg: "4D 입체 쿨 스타킹 / 20D", exp: "쿨 스타킹 20데니어"},
		{name: "5D is still a denier", reg: "울트라 시어 스타킹 / 5D", exp: "울트라 시어 스타킹 15데니어", severity: "block", kind: KindUnit, r: "5D", e: "15데니어"},
	})
}
