package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestScreenResolutions: two screen resolutions differ (names of no table).
func TestScreenResolutions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two resolutions", "LG 모니터 27인치 / QHD", "LG 모니터 27인치 FHD", order.Block, KindScreen, "QHD", "FHD"},
	})
}
