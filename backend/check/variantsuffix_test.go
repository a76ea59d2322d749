package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCodeEndingInALineWord: a code ending in PLUS or PRO against the code and 플러스 or 프로
// written apart in Hangul is the same model; the code without the line word still differs (names of
// no table).
func TestCodeEndingInALineWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"PLUS glued against 플러스 apart", "경동 온도조절기 RC-610PLUS / 1개", "경동나비엔 온도 조절기 RC-610 플러스, 1개", "", "", "", ""},
		{"PRO glued against 프로 apart", "무선 이어폰 TW-200PRO / 블랙", "무선 이어폰 TW-200 프로 블랙, 1개", "", "", "", ""},
		{"PLUS against the bare code", "경동 온도조절기 RC-610PLUS / 1개", "경동나비엔 온도 조절기 RC-610, 1개", order.Block, KindModel, "RC-610PLUS", "RC-610"},
		{"PLUS against 프로", "경동 온도조절기 RC-610PLUS / 1개", "경동나비엔 온도 조절기 RC-610 프로, 1개", order.Block, KindModel, "RC-610PLUS", "RC-610"},
	})
}
