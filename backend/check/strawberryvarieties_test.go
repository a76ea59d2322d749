package check

import "testing"

// Strawberries are sold by variety (설향, 금실, 매향, 장희 / 아키히메, 아리향): two varieties are
// two goods; a variety against itself, glued to 딸기 or not, is one (names of no table).
func TestStrawberryVarieties(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "maehyang against seolhyang", reg: "[당일수확] 담양 매향딸기 특품 / 1kg", exp: "담양 설향 딸기 특, 1kg",
			severity: "block", kind: "fruit", r: "매향딸기", e: "설향"},
		{name: "akihime by its Korean name", reg: "논산 장희 딸기 / 500g", exp: "논산 아키히메 딸기, 500g"},
		{name: "arihyang against geumsil", reg: "산청 아리향 딸기 / 500g", exp: "산청 금실 딸기, 500g",
			severity: "block", kind: "fruit", r: "아리향", e: "금실"},
	})
}
