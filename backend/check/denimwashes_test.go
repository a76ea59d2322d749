package check

import "testing"

// A denim wash is a shade of blue written the Korean way: 연청 is a light blue, 진청 a dark
// one; one wash against another, or against plain blue, still blocks.
func TestDenimWashesAreShadesOfBlue(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "연청 is light blue", reg: "남성 일자 청바지 / 연청 30", exp: "남성 일자 청바지, 라이트블루, 30"},
		{name: "진청 is dark blue", reg: "남성 일자 청바지 / 진청 30", exp: "남성 일자 청바지, 다크블루, 30"},
		{name: "연청 is 연파랑", reg: "여아 데님 스커트 / 연청 120", exp: "여아 데님 스커트 연파랑 120"},
		{name: "light against dark wash", reg: "남성 일자 청바지 / 연청 30", exp: "남성 일자 청바지, 다크블루, 30", severity: "block", kind: KindColor, r: "연청", e: "다크블루"},
		{name: "light wash against plain blue", reg: "남성 일자 청바지 / 연청 30", exp: "남성 일자 청바지, 블루, 30", severity: "block", kind: KindColor, r: "연청", e: "블루"},
		{name: "light against mid wash", reg: "남성 일자 청바지 / 연청 30", exp: "남성 일자 청바지 중청 30", severity: "block", kind: KindColor, r: "연청", e: "중청"},
	})
}
