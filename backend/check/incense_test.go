package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestIncenseKinds: in a name of incense goods a word X향 with a stem the lexicon does not list
// (제례향, 티베트향) may name the incense's use or origin, so a difference of such words asks for a
// look instead of holding the box; a listed scent of incense, and unlisted scents of other goods,
// still hold it (names of no table).
func TestIncenseKinds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an incense named by its use", "사찰용 선향 / 100개입", "제례향 선향 100개입, 1개", order.Warn, KindScent, "선향", "제례향"},
		{"an incense named by its origin", "티베트향 인센스 / 30개입", "네팔 인센스 30개입, 1개", order.Warn, KindScent, "티베트향", ""},
		{"a listed scent of incense still holds", "인센스 스틱 / 라벤더 20개입", "인센스 스틱 로즈, 20개입", order.Block, KindScent, "라벤더", "로즈"},
		{"unlisted scents of other goods still hold", "섬유탈취제 / 포근한향 370ml", "섬유탈취제 산뜻한향 370ml", order.Block, KindScent, "포근한향", "산뜻한향"},
	})
}
