package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestInstallation: self-installed is not installed by the shop; two words for self-installed are
// one (names of no table).
func TestInstallation(t *testing.T) {
	runNameCases(t, []nameCase{
		{"self-installed is not installed by the shop", "삼성 도어록 SHP-DP609 / 자가설치", "삼성 도어록 SHP-DP609 방문설치", order.Block, KindInstall, "자가설치", "방문설치"},
		{"two words for self-installed", "삼성 도어록 SHP-DP609 / 자가설치", "SAMSUNG 삼성 SHP-DP609 번호키 셀프설치", "", "", "", ""},
	})
}
