package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestDescriptionsOfTheGoods: words of praise and a Hangul modifier before a noun say nothing of
// the goods; another goods word still asks (names of no table).
func TestDescriptionsOfTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a Hangul modifier before a noun describes it", "게이트맨 WV-40 디지털 도어락 / 자가설치", "게이트맨 WV40 번호키 도어록 셀프설치", "", "", "", ""},
		{"two descriptions of one pad", "도그웰 두꺼운 배변패드 / 대형 50매", "도그웰 고흡수 배변패드 대형 50매", "", "", "", ""},
		{"a description against another pad", "도그웰 두꺼운 배변패드 / 대형 50매", "도그웰 두꺼운 기저귀 대형 50매", order.Warn, KindWord, "배변패드", "기저귀"},
	})
}
