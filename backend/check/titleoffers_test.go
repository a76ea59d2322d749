package check

import "testing"

func TestTitleOfferAgainstOneSaleUnit(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "1+1 title against one unit", reg: "[1+1] 실리콘 주방장갑 내열 / 그레이", exp: "실리콘 주방장갑 그레이, 1개", severity: "block", kind: KindCount, r: "2개", e: "1개"},
		{name: "2+1 title against one unit", reg: "2+1 규조토 발매트 욕실 / 베이지", exp: "규조토 발매트 베이지, 1개", severity: "block", kind: KindCount, r: "3개", e: "1개"},
		{name: "1+1 title against two units", reg: "[1+1] 실리콘 주방장갑 내열 / 그레이", exp: "실리콘 주방장갑 그레이, 2개"},
		{name: "a per-pack count in the title still agrees", reg: "규조토 코스터 4개입 / 베이지", exp: "규조토 코스터 베이지, 1개"},
	})
}
