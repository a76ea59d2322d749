package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSparePartsGenuine: 교체용 정품 부품 names no part (정품 is a listed attribute, 부품 any
// part): the goods are the words before it; a part named after 정품 is still a part sold alone
// (names of no table).
func TestSparePartsGenuine(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a trunk emblem's genuine part", "현대 아반떼 엠블럼 트렁크 교체용 정품 부품 / 블랙", "현대 아반떼 트렁크 엠블럼 블랙", "", "", "", ""},
		{"a genuine cup sold alone still asks for a look", "필립스 블렌더 교체용 정품 컵 / 1L", "필립스 블렌더 1L", order.Warn, KindBundle, "교체용 정품 컵", ""},
		{"a net sold alone still asks for a look", "트램펄린 교체용 안전망 / 10ft", "트램펄린 10ft", order.Warn, KindBundle, "교체용 안전망", ""},
	})
}
