package check

import "testing"

// The intensifier of a firmness written apart (슈퍼 하드) is the same firmness as written glued
// (슈퍼하드), not the plain 하드.
func TestFirmnessIntensifierWrittenApart(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "슈퍼하드 against 슈퍼 하드", reg: "헤어젤 / 슈퍼하드", exp: "헤어젤 슈퍼 하드"},
		{name: "울트라하드 against 울트라 하드 홀드", reg: "헤어왁스 / 울트라하드", exp: "헤어왁스 울트라 하드 홀드"},
		{name: "슈퍼소프트 against 슈퍼 소프트", reg: "미세모 칫솔 / 슈퍼소프트 4개", exp: "미세모 칫솔 슈퍼 소프트, 4개"},
		{name: "슈퍼 하드 against 하드", reg: "헤어젤 / 슈퍼 하드", exp: "헤어젤 하드", severity: "block", kind: KindFirmness, r: "슈퍼 하드", e: "하드"},
		{name: "슈퍼 소프트 against 소프트", reg: "미세모 칫솔 / 슈퍼 소프트", exp: "미세모 칫솔 소프트", severity: "block", kind: KindFirmness, r: "슈퍼 소프트", e: "소프트"},
		{name: "하드 against 소프트 still blocks", reg: "칫솔 / 하드", exp: "칫솔 소프트", severity: "block", kind: KindFirmness, r: "하드", e: "소프트"},
	})
}
