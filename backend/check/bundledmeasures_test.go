package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A length, weight or volume the seller writes once, times the bundle, is the catalogue's one
// value of it where neither name writes a count; another total, or the value of one unit against
// a bundle, still blocks.
func TestBundledMeasure(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"정원 호스 절단 판매 / 16mm 1m", "정원 호스 16mm, 5m", 5, true},
		{"국산 찹쌀 / 1kg", "국산 찹쌀 10kg", 10, true},
		{"참기름 소분 / 300ml", "참기름 600ml", 2, true},
		{"정원 호스 절단 판매 / 16mm 1m", "정원 호스 16mm, 10m", 5, false},
		{"국산 찹쌀 / 1kg", "국산 찹쌀 5kg", 10, false},
		{"정원 호스 절단 판매 / 16mm 1m", "정원 호스 16mm, 5m", 1, false},
		{"참기름 소분 / 300ml 2개", "참기름 600ml", 2, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}

// The catalogue's ", 1개" names the bundle as one item: the measure is still the bundle's total.
// Two items, or a total the bundle does not make, still block.
func TestBundledMeasureOneItem(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"수제 누룽지 / 300g", "수제 누룽지, 1.5kg, 1개", 5, true},
		{"핸드크림 대용량 / 250ml", "핸드크림, 750ml, 1개", 3, true},
		{"수제 누룽지 / 300g", "수제 누룽지, 1.5kg, 2개", 5, false},
		{"수제 누룽지 / 300g", "수제 누룽지, 1.2kg, 1개", 5, false},
		{"핸드크림 대용량 / 250ml 2개", "핸드크림, 750ml, 1개", 3, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}
