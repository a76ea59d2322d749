package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestPackingInAnyCountUnit: a total against packs of part of it sold several at a time is other
// goods whatever piece unit either name counts in (names of no table).
func TestPackingInAnyCountUnit(t *testing.T) {
	runNameCases(t, []nameCase{
		{"개 against 개입 sold two at a time", "코멧 케이블타이 / 200mm 500개", "코멧 케이블타이 200mm 250개입, 2개", order.Block, KindCount, "500개", "250개입"},
		{"sticks against 개입 sold two at a time", "동서 맥심 화이트골드 / 11.7g x 200T", "동서 맥심 화이트골드 11.7g, 100개입, 2개", order.Block, KindCount, "200T", "100개입"},
		{"매 against 매입 sold two at a time", "크리넥스 물티슈 / 160매", "크리넥스 물티슈 80매입, 2개", order.Block, KindCount, "160매", "80매입"},
		{"the whole pack sold once is the same goods", "코멧 케이블타이 / 200mm 500개", "코멧 케이블타이 200mm 500개입, 1개", "", "", "", ""},
		{"packs written into the name stay the total", "코멧 케이블타이 / 200mm 500개", "코멧 케이블타이 200mm 250개입 x 2팩", "", "", "", ""},
	})
}

func TestSameCountUnit(t *testing.T) {
	assert.True(t, sameCountUnit("개", "개입"))
	assert.True(t, sameCountUnit("t", "개입"))
	assert.True(t, sameCountUnit("매입", "매"))
	assert.False(t, sameCountUnit("매", "개"))
	assert.False(t, sameCountUnit("장", "매입"))
}
