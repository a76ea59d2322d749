package check

import "testing"

// A scale's reading step beside its capacity (전자저울 15kg 2g) is no weight of the goods; the
// capacity, and a step both names write, are still compared; a weight beside another on goods
// that are no scale is still a weight (names of no table).
func TestScaleReadingStep(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "step beside the capacity", reg: "산업용 전자저울 / 15kg 2g", exp: "산업용 전자저울 15kg, 1개"},
		{name: "a coffee scale's step", reg: "커피 스케일 / 2kg 0.1g", exp: "커피 스케일 2kg, 1개"},
		{name: "the step on the catalogue's side", reg: "주방 전자저울 / 3kg", exp: "주방 전자저울 3kg 0.1g, 1개"},
		{name: "another capacity", reg: "산업용 전자저울 / 15kg 2g", exp: "산업용 전자저울 30kg, 1개", severity: "block", kind: KindWeight, r: "15kg", e: "30kg"},
		{name: "another step", reg: "정밀 전자저울 / 500g 0.01g", exp: "정밀 전자저울 500g 0.1g, 1개", severity: "block", kind: KindWeight, r: "0.01g", e: "0.1g"},
		{name: "no scale", reg: "설탕 / 1kg 1g", exp: "설탕 1kg, 1개", severity: "block", kind: KindWeight, r: "1g", e: "1kg"},
	})
}
