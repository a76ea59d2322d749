package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A magazine's issue written 2025년 2월호 and 2025.2 is one issue; another month blocks.
func TestIssueDates(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "one issue in Hangul and in figures", reg: "보그 코리아 2024년 12월호 / 1권", exp: "VOGUE KOREA 2024.12, 1권"},
		{name: "a month written with a zero", reg: "월간 낚시 2023년 3월호", exp: "월간낚시 2023.03"},
		{name: "another month in figures", reg: "보그 코리아 2024년 12월호 / 1권", exp: "VOGUE KOREA 2024.11, 1권",
			severity: order.Block, kind: KindEdition, r: "2024년 12월호", e: "2024.11"},
		{name: "another year", reg: "월간 낚시 2023년 3월호", exp: "월간낚시 2024년 3월호",
			severity: order.Block, kind: KindEdition, r: "2023년 3월호", e: "2024년 3월호"},
	})
	runReadingCases(t, []readingCase{
		{reg: "월간 낚시 2023년 3월호", exp: "월간낚시 2023.04", want: "판본 2023년 3월호 ↔ 2023.04"},
	})
}

func TestIssueDatesRead(t *testing.T) {
	for _, tc := range []struct {
		name   string
		keys   []int
		hangul bool
	}{
		{"과학동아 2025년 2월호", []int{202502}, true},
		{"과학동아 2025.2, 1권", []int{202502}, false},
		{"다이어리 2025.2.14", nil, false},
		{"2025년 13월호", nil, false},
		{"맥주 2025.5L", nil, false},
	} {
		ds, hangul := issueDates(tc.name)
		var keys []int
		for _, d := range ds {
			keys = append(keys, d.key)
		}
		assert.Equal(t, tc.keys, keys, tc.name)
		assert.Equal(t, tc.hangul, hangul, tc.name)
	}
}
