package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A colour inside the product title of a registered name, against an exposed name with no
// colour, describes the line (titlecolours.go); in the option, or ending the title, it is the
// buyer's choice.
func TestTitleColours(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a colour inside the title", "버바팀 프린터블 DVD-R 화이트 잉크젯용 / 25장", "버바팀 DVD-R 4.7GB 프린터블 25매, 1개", "", "", "", ""},
		{"a colour glued to the title's first word", "실버925 볼 귀걸이 / 4mm", "순은 925 볼 이어링 4mm, 1개", "", "", "", ""},
		{"a colour in the option", "버바팀 프린터블 DVD-R 잉크젯용 / 화이트 25장", "버바팀 DVD-R 4.7GB 프린터블 25매, 1개", order.Block, KindColor, "화이트", ""},
		{"a colour that ends the title", "버바팀 프린터블 DVD-R 화이트 / 25장", "버바팀 DVD-R 4.7GB 프린터블 25매, 1개", order.Block, KindColor, "화이트", ""},
		{"a colour inside the title against another colour", "버바팀 프린터블 DVD-R 화이트 잉크젯용 / 25장", "버바팀 DVD-R 프린터블 실버 25매, 1개", order.Block, KindColor, "화이트", "실버"},
	})
}
