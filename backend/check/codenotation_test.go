package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCurrentBeforeVoltage: a voltage written with its kind of current (DC24V) is the same
// voltage written without it (24V); another voltage still differs (names of no table).
func TestCurrentBeforeVoltage(t *testing.T) {
	runNameCases(t, []nameCase{
		{"DC24V is 24V", "LED 바 조명 SMPS 어댑터 DC24V / 1개", "LED 조명 어댑터 24V, 1개", "", "", "", ""},
		{"24V against DC24V", "LED 바 조명 어댑터 24V / 1개", "LED 조명 SMPS DC24V, 1개", "", "", "", ""},
		{"DC24V is not 12V", "LED 바 조명 SMPS 어댑터 DC24V / 1개", "LED 조명 어댑터 12V, 1개", order.Warn, KindModel, "DC24V", "12V"},
	})
}
