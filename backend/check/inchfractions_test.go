package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestInchFractions: a proper fraction of inches written alone is one length, compared with
// millimetres within the tolerance of converted units; other slashes stay two numbers (names of
// no table).
func TestInchFractions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"half an inch against millimetres", "세척 호스 니플 / 1/2인치", "세척 호스 니플 13mm, 1개", "", "", "", ""},
		{"three quarters against half an inch in millimetres", "세척 호스 니플 / 3/4인치", "세척 호스 니플 13mm, 1개", order.Block, KindLength, "3/4인치", "13mm"},
		{"an inch mark", "에어 호스 / 3/8\" 10m", "에어 호스 9.5mm 10m, 1개", "", "", "", ""},
		{"an eighth against another in millimetres", "에어 호스 / 3/8\" 10m", "에어 호스 6.5mm 10m, 1개", order.Block, KindLength, "3/8\"", "6.5mm"},
	})
	assert := func(s string, want bool) {
		t.Helper()
		var f folded
		foldInto(&f, s)
		toks := tokenizeInto(&f, nil)
		found := false
		for _, tk := range toks {
			found = found || tk.kind == tMeasure && tk.dim == dimLength && tk.num < 1 && tk.num > 0
		}
		if found != want {
			t.Errorf("%q: a fraction of an inch read = %v, want %v", s, found, want)
		}
	}
	assert("파이프 1/2인치", true)
	assert("비즈 11/0 인치", false) // not a power of two
	assert("파이프 3/3인치", false)  // not a proper fraction
}
