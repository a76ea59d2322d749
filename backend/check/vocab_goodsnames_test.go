package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGoodsNamesGroupsJoinOneGroup: a group of the fourth trade vocabulary (names of goods)
// joins at most one earlier group, so all its words compare as one word; none of its words is
// an attribute of the lexicon or a stop word, which the word rule never reads.
func TestGoodsNamesGroupsJoinOneGroup(t *testing.T) { assertGroupsJoinOne(t, goodsNamesGroups) }

// TestCompareNamesGoodsNamesVocabulary: names of no table, written for the fourth trade
// vocabulary. Each same-goods pair warned (확인 필요) before it; the different-goods pairs still
// differ.
func TestCompareNamesGoodsNamesVocabulary(t *testing.T) {
	tests := []nameCase{
		// names of one thing
		{"a tape measure in the trade word", "스탠리 줄자 / 5m", "스탠리 권척 5m", "", "", "", ""},
		{"a desiccant by the brand that named it", "옷장 제습제 / 20개입", "옷장 물먹는하마 20개입", "", "", "", ""},
		{"a folding bed by the brand that named it", "1인용 접이식침대 / 그레이", "1인용 라꾸라꾸 그레이", "", "", "", ""},
		{"chopsticks in the Japanese-era word", "대나무 나무젓가락 / 100개", "대나무 와리바시 100개", "", "", "", ""},
		{"a basin in the Japanese-era word", "스텐 대야 / 40cm", "스텐 다라이 40cm", "", "", "", ""},
		{"a fuse box in the everyday word", "가정용 분전반 / 8회로", "가정용 두꺼비집 8회로", "", "", "", ""},
		{"a multi-tool knife by the name it took", "캠핑 맥가이버칼 / 레드", "캠핑 스위스칼 레드", "", "", "", ""},
		{"a back scratcher in the everyday word", "대나무 등긁개 / 45cm", "대나무 효자손 45cm", "", "", "", ""},
		{"a glockenspiel in two names", "학생용 철금 / 25음", "학생용 글로켄슈필 25음", "", "", "", ""},
		{"a bench drill in two words", "소형 탁상드릴 / 350W", "소형 드릴프레스 350W", "", "", "", ""},
		{"thinner in the Japanese-era word", "페인트 시너 / 1L", "페인트 신나 1L", "", "", "", ""},
		{"a pegboard in two words", "철제 타공판 / 60x90", "철제 페그보드 60x90", "", "", "", ""},
		// different goods stay apart
		{"a tape measure is no ruler", "스탠리 줄자 / 5m", "스탠리 쇠자 5m", order.Warn, KindWord, "줄자", "쇠자"},
		{"a desiccant is no deodoriser", "옷장 제습제 / 20개입", "옷장 탈취제 20개입", order.Warn, KindWord, "제습제", "탈취제"},
		{"a saxophone is no trumpet", "알토 색소폰 / 입문용", "알토 트럼펫 입문용", order.Warn, KindWord, "색소폰", "트럼펫"},
		{"a basin is no bucket", "스텐 대야 / 40cm", "스텐 양동이 40cm", order.Warn, KindWord, "대야", "양동이"},
	}
	runNameCases(t, tests)
}
