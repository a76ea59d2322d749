package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two voltages written one by one against the same voltages written as one list are one device
// (voltagesingles.go); one voltage against the list is still a device for fewer. Names of no
// table.
func TestVoltageSingles(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two singles against a list", "차량용 전기장판 12V 24V 겸용 / 싱글", "차량용 전기매트 싱글 12/24V, 1개", "", "", "", ""},
		{"two singles against a list with units", "휴대용 무선 컴프레서 12V 24V 공용 / 1개", "휴대용 컴프레서 12V/24V, 1개", "", "", "", ""},
		{"one single against a list", "차량용 전기장판 12V / 싱글", "차량용 전기매트 싱글 12/24V, 1개", order.Block, KindModel, "12V", "12/24V"},
	})
}
