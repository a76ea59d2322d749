package check

import (
	"testing"
)

// TestThermalGreaseSpellings: thermal grease is written 써멀구리스, 서멀그리스 or 서멀 그리스 apart,
// one goods (names of no table).
func TestThermalGreaseSpellings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"구리스 against 그리스 written apart", "노트북 써멀구리스 / 1g", "노트북 서멀 그리스 1g", "", "", "", ""},
		{"그리스 against 구리스", "GPU 서멀그리스 / 4g", "GPU 써멀구리스 4g", "", "", "", ""},
	})
}
