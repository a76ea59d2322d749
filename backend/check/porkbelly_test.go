package check

import "testing"

// 오겹살 is pork belly sold with its skin on, another cut than 삼겹살; each is still the same cut
// against itself (names of no table).
func TestSkinOnPorkBelly(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "skin-on belly against belly", reg: "지리산 흑돼지 오겹살 수육용 / 600g", exp: "지리산 흑돼지 삼겹살 수육용, 600g",
			severity: "block", kind: "kind", r: "오겹살", e: "삼겹살"},
		{name: "skin-on belly against itself", reg: "[산지직송] 지리산 흑돼지 오겹살 수육용 / 600g", exp: "지리산 흑돼지 오겹살, 600g"},
	})
}
