package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSetContents: a name that sells one set and states what it holds (the parts' counts added
// up, N인용, N종, N-in-1) states the same goods as a name that counts those pieces; sets counted
// as sets, another number of pieces, or a name that names no set still differ (names of no
// table).
func TestSetContents(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two parts of one set", "무선 이어폰 케이스 / 핑크 + 민트 2개", "이어폰 케이스 핑크 1개 + 민트 1개 세트, 1개", "", "", "", ""},
		{"ten cones of one set", "축구 훈련 콘 세트 / 노랑5+주황5 (10개)", "축구 훈련 콘 세트 노랑 5개 주황 5개, 1세트", "", "", "", ""},
		{"six places of one set", "스텐 포크 세트 / 6벌", "스텐 포크 세트 6인용, 1세트", "", "", "", ""},
		{"three blades of a 3-in-1", "만능 다지기 칼날 3종 / 3종 칼날", "만능 다지기 3in1", "", "", "", ""},
		{"two sets are two sets", "무선 이어폰 케이스 / 2세트", "이어폰 케이스 핑크 1개 + 민트 1개 세트, 1개", order.Block, KindCount, "2개", "1개"},
		{"another number of places", "스텐 포크 세트 / 4벌", "스텐 포크 세트 6인용, 1세트", order.Block, KindCount, "4개", "1개"},
		{"three blades against a 5-in-1", "만능 다지기 칼날 3종 / 3종 칼날", "만능 다지기 5in1", order.Block, KindCount, "3개", "1개(표기 없음)"},
		{"places of goods that are no set", "스텐 포크 / 6개", "스텐 포크 6인용, 1개", order.Block, KindCount, "6개", "1개"},
	})
}

// TestSetContentsInBrackets: a set's contents spelled out in brackets after its count; more parts
// than the count still differ (names of no table).
func TestSetContentsInBrackets(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a set's contents spelled out", "네일 케어 세트 / 3종 (파일+버퍼+푸셔)", "네일 케어 세트 3종", "", "", "", ""},
		{"more parts than the count still differ", "네일 케어 세트 / 3종 (파일+버퍼+푸셔+니퍼)", "네일 케어 세트 3종", order.Block, KindBundle, "파일", ""},
	})
}
