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
	})
}
