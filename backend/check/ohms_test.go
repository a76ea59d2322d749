package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestOhmsWrittenThreeWays: a resistor's ohms are written Ω, 옴 or ohm (the vocabulary's one
// spelling); the value before them is still compared (names of no table).
func TestOhmsWrittenThreeWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the sign against the Hangul word", "탄소피막 저항 / 4.7KΩ 50개", "탄소피막 저항 4.7k옴, 50개", "", "", "", ""},
		{"the Latin word against the Hangul word", "금속피막 저항 220 ohm / 100개", "금속피막 저항 220옴, 100개", "", "", "", ""},
		{"another value", "탄소피막 저항 / 1KΩ 50개", "탄소피막 저항 10k옴, 50개", order.Block, KindModel, "1K", "10k"},
	})
}
