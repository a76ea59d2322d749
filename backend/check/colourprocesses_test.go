package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A word ending in 색 that names a process done with colour (염색, 도색), a compound built on one
// (새치염색) or a bag (힙색) is no colour (colourprocesses.go); a colour word built the same way
// with a stem of one syllable (포도색) is still read by its stem.
func TestColourProcesses(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a dye for grey hair", "헤나 새치염색 크림 / 흑갈색", "헤나 크림 염색약, 흑갈색", "", "", "", ""},
		{"a self dye", "거품 셀프염색 / 5호 자연갈색", "거품 셀프 염색 5호 자연갈색", "", "", "", ""},
		{"painting a car", "범퍼 붓펜 자동차도색 / 1개", "범퍼 붓펜, 1개", "", "", "", ""},
		{"a bag worn on the hip", "스포츠 힙색 러닝벨트 / 네이비", "러닝벨트 네이비", "", "", "", ""},
		{"a colour of grapes, read by its stem", "포도색 니트 / M", "베이지 니트 M", order.Block, KindFlavor, "포도색", ""},
	})
}
