package check

import "testing"

func TestCatalogueCountsThePacks(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "10개 x 5갑 against 5갑", reg: "볼펜 리필심 0.5mm / 10개 x 5갑", exp: "볼펜 리필심 0.5mm 5갑"},
		{name: "50매 x 2박스 against 2박스", reg: "일회용 마스크 대형 / 50매 x 2박스", exp: "일회용 마스크 대형, 2박스"},
		{name: "10개 x 5갑 against 3갑", reg: "볼펜 리필심 0.5mm / 10개 x 5갑", exp: "볼펜 리필심 0.5mm 3갑", severity: "block", kind: KindCount, r: "50개", e: "3개"},
		{name: "30구 x 2판 against 30구", reg: "무항생제 계란 / 30구 x 2판", exp: "무항생제 계란 30구", severity: "block", kind: KindCount, r: "60개", e: "30개"},
		{name: "10개 x 5갑 against 5개", reg: "볼펜 리필심 0.5mm / 10개 x 5갑", exp: "볼펜 리필심 0.5mm, 5개", severity: "block", kind: KindCount, r: "50개", e: "5개"},
	})
}
