package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestThicknessT: a decimal before T is a thickness in millimetres (0.05T film, 1.5T plate),
// while a whole number before T stays a count (100T tea bags). Names of no table.
func TestThicknessT(t *testing.T) {
	runNameCases(t, []nameCase{
		{"0.05T is 0.05mm", "PE 비닐 랩 / 0.05mm x 30cm x 100m", "PE 랩 필름 0.05T 300mm x 100M, 1롤", "", "", "", ""},
		{"1.5T against 2mm", "아크릴판 투명 / 2mm 300x400", "투명 아크릴 1.5T 300x400, 1개", order.Block, KindLength, "2mm", "1.5T"},
		{"a whole number before T is still a count", "보리차 티백 / 100T", "보리차 100개입, 1개", "", "", "", ""},
	})
}

// TestMixedInches: a whole number, a hyphen and a fraction before inches (or an inch mark) is
// one length: 1-1/4인치 is 31.75 mm, 3-1/2" is 88.9 mm. Names of no table.
func TestMixedInches(t *testing.T) {
	runNameCases(t, []nameCase{
		{"1-1/4 inch is 32mm", "PVC 배관 소켓 / 32mm", "PVC 소켓 1-1/4인치, 1개", "", "", "", ""},
		{"an inch mark", "목공 클램프 / 89mm", "목공 클램프 3-1/2\", 1개", "", "", "", ""},
		{"another fraction differs", "PVC 배관 소켓 / 32mm", "PVC 소켓 1-1/2인치, 1개", order.Block, KindLength, "32mm", "1-1/2인치"},
	})
}

// TestMicrons: a film's thickness in micrometres (mic, 미크론, 마이크론) is compared with the same
// measure in any spelling, and apart from the sheet's size in millimetres. Names of no table.
func TestMicrons(t *testing.T) {
	runNameCases(t, []nameCase{
		{"mic and 미크론 agree", "코팅 필름 / A4 125mic 100매", "코팅필름 A4 125미크론, 100매", "", "", "", ""},
		{"another thickness", "코팅 필름 / A4 80mic 100매", "코팅필름 A4 125마이크론, 100매", order.Block, KindUnit, "80mic", "125마이크론"},
		{"a sheet size beside the thickness", "코팅 필름 / B4 100mic 100매", "코팅필름 257 x 364 mm 100mic, 100매", "", "", "", ""},
	})
}
