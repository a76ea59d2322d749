package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMusicKeys: a key written with 조 and with 키 after the same note letter is one key; two
// letters are two keys, and a number of keys (17키) is no key (names of no table).
func TestMusicKeys(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a flat key in two words", "호너 블루스 하모니카 / Bb조", "호너 블루스 하모니카 Bb키, 1개", "", "", "", ""},
		{"a key on an ocarina", "알토 오카리나 12홀 / G키", "알토 오카리나 12홀 G조, 1개", "", "", "", ""},
		{"two keys", "호너 블루스 하모니카 / A조", "호너 블루스 하모니카 C키, 1개", order.Warn, KindVariety, "A조", "C키"},
		{"two keys written alike", "알토 오카리나 / C조", "알토 오카리나 F조, 1개", order.Warn, KindVariety, "C조", "F조"},
	})
}
