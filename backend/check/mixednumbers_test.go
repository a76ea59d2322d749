package check

import "testing"

// A mixed number written with a space (2 1/2) is one size: it stands for 2.5호 and blocks
// against another strength; a quarter is not a half.
func TestMixedNumbersAreOneSize(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "reed strength 3 1/2 is 3.5호", reg: "리코 클라리넷 리드 / 3.5호", exp: "리코 클라리넷 리드 3 1/2"},
		{name: "reed strength before a comma", reg: "다다리오 알토 색소폰 리드 2.5호 5개입 / 2.5호", exp: "D'Addario 알토 색소폰 리드 2 1/2, 5개입"},
		{name: "another strength still blocks", reg: "다다리오 알토 색소폰 리드 3호 5개입 / 3호", exp: "D'Addario 알토 색소폰 리드 2 1/2, 5개입", severity: "block", kind: KindSize, r: "3호", e: "2 1/2"},
		{name: "a quarter is not a half", reg: "리코 클라리넷 리드 / 3.5호", exp: "리코 클라리넷 리드 3 1/4", severity: "block", kind: KindSize, r: "3.5호", e: "3 1/4"},
	})
}
