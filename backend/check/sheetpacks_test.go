package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Coupang's `N매, N개` with equal numbers is N sheets in each of N packs (sheetpacks.go); a count
// in 개입 before the packs sold stays one count, and other totals still differ.
func TestSheetsTimesPacks(t *testing.T) {
	runNameCases(t, []nameCase{
		{"adult diapers, eight of eight", "성인용 기저귀 팬티형 / 대형 8매 x 8팩", "성인용 기저귀 팬티형, 대형, 8매, 8개", "", "", "", ""},
		{"vacuum bags, two of two", "압축팩 의류 이불 / L 2매 x 2팩", "압축팩 의류 이불 L 2매, 2개", "", "", "", ""},
		{"masks, five of five", "KF94 마스크 대형 / 5매 x 5팩", "KF94 마스크 대형, 5매, 5개", "", "", "", ""},
		{"wipes counted in 장", "물티슈 캡형 / 10장 x 10팩", "물티슈 캡형, 10장, 10개", "", "", "", ""},
		{"the total written as one count", "기저귀 밴드형 특대 / 36매", "기저귀 밴드형 특대, 6매, 6개", "", "", "", ""},
		{"four packs against eight of eight", "성인용 기저귀 팬티형 / 대형 8매 x 4팩", "성인용 기저귀 팬티형, 대형, 8매, 8개", order.Block, KindCount, "32개", "8개"},
		{"other packs of the same total", "KF94 마스크 / 4매 x 16팩", "KF94 마스크, 8매, 8개", order.Block, KindCount, "64개", "8개"},
		{"wet wipes of the same total in other packs", "물티슈 휴대용 / 5장 x 20팩", "물티슈 휴대용, 10장, 10개", order.Block, KindCount, "100개", "10개"},
		{"three packs against five", "KF94 마스크 대형 / 5매 x 3팩", "KF94 마스크 대형, 5매, 5개", order.Block, KindCount, "15개", "5개"},
		{"a count in 개입 read as before", "스마트 화분 리필 토마토 / 3개입 x 3팩", "스마트 화분 토마토 캡슐 3개입, 3개", "", "", "", ""},
		{"개입 against its square", "노리개젖꼭지 0-6개월 / 2개입 x 2세트", "노리개젖꼭지 0-6M 2개입, 2개", "", "", "", ""},
		{"different numbers are still multiplied", "배변패드 중형 / 50매 x 2팩", "배변패드 중형, 50매, 2개", "", "", "", ""},
		{"different numbers against the wrong total", "배변패드 중형 / 50매 x 3팩", "배변패드 중형, 50매, 2개", order.Block, KindCount, "150개", "100개"},
	})
}

// `N매, N개` is N × N sheets also against a seller who sells one pack of N sheets: the seller's
// pack is a part of the catalogue's box, not the same count said twice (review 38's hole).
func TestOnePackOfSheets(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one mask pack of ten against ten packs", "수분 마스크팩 / 10매", "수분 마스크팩 10매, 10개", order.Block, KindCount, "10개", "100개"},
		{"wet wipes, one pack", "아기 물티슈 캡형 / 80매", "아기 물티슈 캡형 80매, 80개", order.Block, KindCount, "80개", "6400개"},
		{"one pack said", "KF94 마스크 대형 / 5매 1개", "KF94 마스크 대형 5매, 5개", order.Block, KindCount, "5개", "25개"},
		{"sheets in 장", "습식 청소포 / 20장", "습식 청소포 20장, 20개", order.Block, KindCount, "20개", "400개"},
		{"the packs written", "KF94 마스크 대형 / 5매 x 5팩", "KF94 마스크 대형 5매, 5개", "", "", "", ""},
		{"the total written", "습식 청소포 / 400매", "습식 청소포 20장, 20개", "", "", "", ""},
		{"other numbers stay two counts", "수분 마스크팩 / 10매 x 2팩", "수분 마스크팩 10매, 2개", "", "", "", ""},
	})
}
