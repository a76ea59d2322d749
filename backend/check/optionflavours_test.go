package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestOptionChoosesFlavour: a title writes taste words for the goods and their praise (요거트,
// 바베큐, 무설탕) beside the flavour its option chooses; the exposed name's flavour is compared
// with the option's choice, and another flavour still blocks (names of no table).
func TestOptionChoosesFlavour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a drinking yogurt's flavour chosen in the option", "서울우유 비요뜨 복숭아 마시는 요거트 200ml / 복숭아 200ml x 6", "서울우유 비요뜨 복숭아, 200ml, 6개", "", "", "", ""},
		{"a skewer's sauce chosen among the title's", "[하림] 양념 닭꼬치 바베큐 데리야끼 / 바베큐 800g", "하림 닭꼬치 바베큐, 800g, 1개", "", "", "", ""},
		{"another flavour than the option's", "서울우유 비요뜨 복숭아 마시는 요거트 200ml / 복숭아 200ml x 6", "서울우유 비요뜨 딸기, 200ml, 6개", order.Block, KindFlavor, "복숭아", "딸기"},
		{"the title's other sauce against the option's", "[하림] 양념 닭꼬치 바베큐 데리야끼 / 바베큐 800g", "하림 닭꼬치 데리야끼, 800g, 1개", order.Block, KindFlavor, "바베큐", "데리야끼"},
	})
}
