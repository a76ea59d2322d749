package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRefineWordGates: the passes of refine that the name's signature gates (pack words,
// thickness, magnifications, side labels) still run for names that write what they read.
func TestRefineWordGates(t *testing.T) {
	for _, c := range []struct {
		name string
		unit string
		n    float64
	}{
		{"수세미 TwinPack 스펀지", "팩", 2},
		{"물티슈 TRIPLEPACK", "팩", 3},
		{"키친타월 트윈팩 120매", "팩", 2},
		{"아크릴판 0.5T 투명", "mm", 0.5},
		{"아크릴판 1.5t", "mm", 1.5},
		{"휴대용 현미경 40-1000X", "배", 1000},
		{"학생용 현미경 40~1000배", "배", 40},
		{"파이프 클램프 1-1/4인치", "인치", 1.25},
		{"모니터 암 27\" 거치대", "인치", 27},
	} {
		f := fold(c.name)
		found := false
		for _, tk := range tokenize(&f) {
			found = found || tk.kind == tMeasure && tk.unit == c.unit && tk.num == c.n
		}
		assert.Truef(t, found, "%s: no %v%s", c.name, c.n, c.unit)
	}
	for _, c := range []struct {
		registered, exposed string
		alarm               bool
	}{
		{"원목 선반 가로80 x 세로40cm", "원목 선반 80x40cm", false},
		{"원목 선반 가로 80cm 세로 40cm", "원목 선반 80x40cm", false},
		{"물티슈 트윈팩", "물티슈 2팩", false},
		{"물티슈 트윈팩", "물티슈 3팩", true},
	} {
		d := CompareBundle(c.registered, c.exposed, 1)
		assert.Equalf(t, c.alarm, !d.Match, "%s | %s: %v", c.registered, c.exposed, d)
	}
}
