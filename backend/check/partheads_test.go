package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A part joined with a plus is written by the other name's word that is the part with words
// before it, or the part's last noun alone (partheads.go); two words that only end alike are two
// parts. Names of no table.
func TestPartHeads(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the part named in full", "주방 스텐 튀김젓가락 뒤집개 세트 / 젓가락+뒤집개", "스텐 튀김젓가락 + 뒤집개 세트, 1세트", "", "", "", ""},
		{"the part's last noun alone", "전동드릴용 육각 소켓비트 + 연장바 자석 비트 세트 / 10종", "육각 비트 + 연장바 세트, 10종", "", "", "", ""},
		{"two parts that end alike", "아기 손발싸개 / 손싸개+발싸개", "아기 손싸개, 1개", order.Block, KindBundle, "발싸개", ""},
	})
}
