package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMemoryAndStorage: memory and storage are two measures, and a memory module's PC rate names
// its transfer rate (names of no table).
func TestMemoryAndStorage(t *testing.T) {
	runNameCases(t, []nameCase{
		{"memory and storage against memory", "삼성 갤럭시북4 / i5 16GB", "삼성전자 갤럭시북4 코어i5 16GB 256GB", "", "", "", ""},
		{"another storage beside the same memory", "삼성 갤럭시북4 / i5 16GB 512GB", "삼성 갤럭시북4 i5 16GB 256GB", order.Block, KindStorage, "512GB", "256GB"},
		{"PC4-25600 is DDR4 3200", "삼성 DDR4 3200 데스크탑 램 / 16GB", "삼성전자 DDR4 PC4-25600 16GB", "", "", "", ""},
		{"PC5-38400 is not 5600", "크루셜 DDR5 5600 노트북 램 / 16GB", "크루셜 DDR5 PC5-38400 16GB", order.Warn, KindUnit, "5600", "PC5-38400"},
	})
}
