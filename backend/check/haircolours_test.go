package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 금발 is blonde, a hair colour of dolls and wigs (names of no table).
func TestBlondeIsAHairColour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a doll's blonde hair", "미미 패션인형 공주 / 금발", "미미인형 공주, 블론드", "", "", "", ""},
		{"a wig in English", "핑크에이지 통가발 웨이브 / 블론드", "핑크에이지 웨이브 통가발, blonde", "", "", "", ""},
		{"blonde against brown", "미미 패션인형 공주 / 금발", "미미인형 공주, 브라운", order.Block, attrColor, "금발", "브라운"},
	})
}
