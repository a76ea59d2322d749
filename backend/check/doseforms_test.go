package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// What a supplement or a cleaner is sold as (rivalvalues.go, round74): powder, pills, tablets,
// capsules, gummies, liquid, foam, whole seeds. Both names
// writing rival forms hold the box; one form in two spellings, or a form on one side, does not.
// Names of no table.
func TestDoseForms(t *testing.T) {
	runNameCases(t, []nameCase{
		{"pills against powder", "국산 여주 / 환 300g", "국산 여주 분말 300g, 1개", order.Block, attrDoseForm, "환", "분말"},
		{"capsules against tablets", "루테인 지아잔틴 / 캡슐 60개", "루테인 지아잔틴 정 60개, 1개", order.Block, attrDoseForm, "캡슐", "정"},
		{"foam against liquid", "주방세제 거품형 / 500ml", "주방세제 액상 500ml, 1개", order.Block, attrDoseForm, "거품형", "액상"},
		{"whole seeds against powder", "아마씨 / 홀 500g", "아마씨 분말 500g, 1개", order.Block, attrDoseForm, "홀", "분말"},
		{"powder in two spellings", "국산 여주 / 분말 300g", "국산 여주 가루 300g, 1개", "", "", "", ""},
		{"a form on one side", "국산 여주 / 환 300g", "국산 여주 300g, 1개", "", "", "", ""},
	})
}

func TestDoseFormsReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"국산 여주 / 환 300g", "국산 여주 분말 300g, 1개", "제형 환 ↔ 분말"},
	})
}
