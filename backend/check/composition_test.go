package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A part one name says is left out (미포함, 불포함) and the other says is in the box glued to
// 포함 or after a plus (나사포함, + 핸드펌프) is another composition (⛔); both names leaving it out, or one name not saying, is not.
func TestExcludedAgainstIncludedPart(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		match               bool
	}{
		{"원목 선반 브라켓 / 20cm 2개 (나사 미포함)", "원목 선반 브라켓 20cm 나사 포함, 2개", false},
		{"캠핑 랜턴 / 배터리포함", "캠핑 랜턴 배터리미포함, 1개", false},
		{"전동 공기주입기 / 노즐 불포함", "전동 공기주입기 + 노즐, 1개", false},
		{"원목 선반 브라켓 / 20cm 2개 (나사 미포함)", "원목 선반 브라켓 20cm 나사 미포함, 2개", true},
		{"원목 선반 브라켓 / 20cm 2개 (나사 미포함)", "원목 선반 브라켓 20cm, 2개", true},
	} {
		c := CompareNames(tc.registered, tc.exposed)
		assert.Equal(t, tc.match, c.Match, "%s | %s: %+v", tc.registered, tc.exposed, c.Differences)
		if !tc.match {
			assert.Equal(t, order.Block, c.Severity, tc.registered)
		}
	}
}
