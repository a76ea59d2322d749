package views

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
)

func joinParts(ps []TextPart) (all, marked string) {
	var a, m strings.Builder
	for _, p := range ps {
		a.WriteString(p.Text)
		if p.Mark {
			m.WriteString("[" + p.Text + "]")
		}
	}
	return a.String(), m.String()
}

func TestMarkParts(t *testing.T) {
	s := "캐슈넛 1개 160g"
	tests := []struct {
		name   string
		spans  [][2]int
		marked string
	}{
		{"no spans", nil, ""},
		{"one token", [][2]int{{len("캐슈넛 1개 "), len(s)}}, "[160g]"},
		{"unordered and overlapping", [][2]int{{len("캐슈넛 1개 "), len(s)}, {len("캐슈넛 "), len("캐슈넛 1개")}, {len("캐슈넛 1"), len("캐슈넛 1개")}}, "[1개][160g]"},
		{"inside a Korean character is widened", [][2]int{{1, 2}}, "[캐]"},
		{"out of range is clamped", [][2]int{{-5, 3}, {len(s) - 1, len(s) + 10}}, "[캐][g]"},
		{"empty span", [][2]int{{4, 4}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all, marked := joinParts(markParts(s, tt.spans))
			assert.Equal(t, s, all, "the parts join back to the name")
			assert.Equal(t, tt.marked, marked)
		})
	}
}

func TestWon(t *testing.T) {
	for in, want := range map[int64]string{0: "0원", 900: "900원", 41000: "41,000원", 1234567: "1,234,567원", -3000: "-3,000원"} {
		assert.Equal(t, want, won(in))
	}
}

func TestEveryFindingCodeHasAHint(t *testing.T) {
	for _, c := range check.Codes() {
		assert.NotEmpty(t, findingHints[c], c)
	}
	for _, c := range []order.FindingCode{order.ChangedAfterPrint} {
		assert.NotEmpty(t, findingHints[c], c)
	}
}
