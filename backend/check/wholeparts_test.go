package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A whole of two parts against one of its parts is another composition (wholeparts.go); both
// parts, or the whole on both sides, are the same goods.
func TestWholeAndPart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a top-and-bottom set against the top", "등산복 트레이닝복 상하세트 / 네이비 L", "등산복 트레이닝복 상의 네이비 L, 1개", order.Block, KindBundle, "상하세트", "상의"},
		{"front and rear joined by a plus against the front", "와이퍼 블레이드 아반떼 / 앞+뒤", "와이퍼 블레이드 아반떼 앞, 1세트", order.Block, KindBundle, "앞+뒤", "앞"},
		{"every seat against the front seats", "싼타페 방수 시트커버 / 전좌석 블랙", "싼타페 앞좌석 방수 시트커버 블랙", order.Block, KindBundle, "전좌석", "앞좌석"},
		{"the chosen option names one part of the whole", "골프 우비 상하 / 하의만 L", "골프 우비 상하 세트 L, 1세트", order.Block, KindBundle, "하의만", "상하"},
		{"both parts against the whole", "등산복 트레이닝복 상하세트 / 상의 L 하의 L", "등산복 트레이닝복 상하세트 L, 1세트", "", "", "", ""},
		{"both parts listed against the whole", "와이퍼 블레이드 아반떼 / 앞뒤", "와이퍼 블레이드 아반떼 앞+뒤, 1세트", "", "", "", ""},
		{"a part on both sides", "와이퍼 블레이드 아반떼 / 뒤", "와이퍼 블레이드 아반떼 뒤, 1개", "", "", "", ""},
		{"a name of a whole with one part chosen, against itself", "골프 우비 상하 / 하의만 L", "골프 우비 상하 / 하의만 L", "", "", "", ""},
	})
}

// A whole and a part are read only from whole words: a brand that starts like a whole
// (상하목장) is no whole.
func TestWholeWordsOnly(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a brand that starts like a whole", "매일 상하목장 유기농 우유 / 125ml 24팩", "상하목장 유기농 우유 125ml 24개", "", "", "", ""},
	})
}
