package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCountriesCovered: N개국 is how many countries a SIM or a plan covers, not how many are in
// the box; two coverages still differ (names of no table).
func TestCountriesCovered(t *testing.T) {
	runNameCases(t, []nameCase{
		{"coverage in the catalogue only", "동남아 유심 / 15일 10GB", "동남아 8개국 유심 15일 10GB, 1개", "", "", "", ""},
		{"coverage on both sides", "유럽 이심 / 42개국 30일", "유럽 이심 42개국 30일, 1개", "", "", "", ""},
		{"two coverages", "유럽 유심 / 33개국 30일", "유럽 유심 42개국 30일, 1개", order.Block, KindUnit, "33개국", "42개국"},
		{"a count beside it", "유럽 유심 33개국 / 2개", "유럽 유심 33개국, 1개", order.Block, KindCount, "2개", "1개"},
	})
}
