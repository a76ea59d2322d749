package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An option that writes the bundle's N items against a catalogue name of one item counts the
// whole bundle; a pack's contents (N개입), another count, or a catalogue of several still differ.
func TestOptionCountsWholeBundle(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"스테인리스 텀블러 500ml / 실버 2개", "스테인리스 텀블러 500ml, 실버, 1개", 2, true},
		{"무선 마우스 저소음 / 화이트 3개", "저소음 무선 마우스 화이트", 3, true},
		{"캠핑 의자 / 카키 2개 세트", "캠핑 접이식 의자 카키, 1개", 2, true},
		{"등산 양말 / 4켤레", "등산 양말, 1켤레", 4, true},
		{"유기농 쌀과자 / 60g x 3봉", "유기농 쌀과자 60g, 1개", 3, true},
		{"치약 150g / 2개입", "치약 150g, 1개", 2, false},                       // a pack of 2, bundled twice
		{"스테인리스 텀블러 500ml / 실버 3개", "스테인리스 텀블러 500ml, 실버, 1개", 2, false}, // 3 against 2
		{"스테인리스 텀블러 500ml / 실버 2개", "스테인리스 텀블러 500ml, 실버, 1개", 3, false}, // 2 against 3
		{"스테인리스 텀블러 500ml / 실버 2개", "스테인리스 텀블러 500ml, 실버, 2개", 2, false}, // 2 against 4
		{"스테인리스 텀블러 500ml / 실버 2개", "스테인리스 텀블러 500ml, 실버, 1개", 1, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		}
	}
}

// An option that counts the bundle's packs and what each holds against the catalogue's total of
// the bundle agrees; a single count equal to the bundle, or other totals, still differ.
func TestOptionCountsBundledPacks(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"대용량 물티슈 / 100매 x 3팩", "대용량 물티슈 100매, 3개", 3, true},
		{"고양이 간식 츄르 5P / 2세트", "고양이 간식 츄르, 10개", 2, true},
		{"일회용 마스크 / 10매입 x 5봉", "일회용 마스크, 50매", 5, true},
		{"대용량 물티슈 / 100매 x 3팩", "대용량 물티슈 100매, 3개", 2, false}, // the packs are not the bundle
		{"대용량 물티슈 / 100매 x 3팩", "대용량 물티슈 100매, 2개", 3, false}, // 300 against 200
		{"스텐 집게 / 2개", "스텐 집게, 2개", 2, false},                 // one count: 2 bundles of 2
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		}
	}
}

// A catalogue that counts one item must still write the option's one unit: 500ml 2개 in a bundle
// of 2 against 1000ml, 1개 is two tumblers of another size, not the bundle's two counted once
// with a total measure (names of no table).
func TestWholeBundleOptionKeepsTheUnitsMeasure(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"텀블러 / 500ml 2개", "텀블러 1000ml, 1개", 2, false},
		{"참기름 / 300ml 2병", "참기름 600ml, 1개", 2, false},
		{"쌀 / 10kg 2포", "쌀 20kg, 1개", 2, false},
		{"텀블러 / 500ml 2개", "텀블러 500ml, 1개", 2, true},
		{"쌀 / 10kg 2포", "쌀 10kg, 1개", 2, true},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
	}
}
