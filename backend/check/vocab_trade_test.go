package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestTradeGroupsJoinOneGroup: a trade group joins at most one earlier group, so all its words
// compare as one word; none of its words is an attribute of the lexicon or a stop word, which
// the word rule never reads.
func TestTradeGroupsJoinOneGroup(t *testing.T) { assertGroupsJoinOne(t, tradeGroups) }

// assertGroupsJoinOne checks the groups of one trade vocabulary: each group compares as one word
// (it joined at most one earlier group), and none of its words is a listed attribute or a stop
// word, which the word rule never reads (but a metal read whole: dosemetals.go reads it as a
// word in a supplement's name).
func assertGroupsJoinOne(t *testing.T, groups [][]string) {
	t.Helper()
	for _, g := range groups {
		assert.GreaterOrEqual(t, len(g), 2, "%v", g)
		for _, w := range g {
			assert.Equal(t, wordSynonyms[g[0]], wordSynonyms[w], "%q of %v compares apart from %q", w, g, g[0])
			_, listed := lexicon[w]
			// a metal read whole is a word again in a name counted in doses (dosemetals.go)
			assert.False(t, listed && !exactOnlyMetals[w], "%q is a listed attribute", w)
			assert.False(t, stopWords[w], "%q is a stop word", w)
			assert.Equal(t, foldWord(w), w, "vocabulary words are written folded")
		}
	}
}

// TestGenericOfTradeIsFlat: a kind and its general word are compared words of the vocabulary,
// and a general word is no kind of another one (genericRoles keeps one role per word).
func TestGenericOfTradeIsFlat(t *testing.T) {
	for kind, general := range genericOfTrade {
		assert.Equal(t, kind, compared(kind), kind)
		assert.Equal(t, general, compared(general), general)
		for _, m := range []map[string]string{genericOf, genericOfPets, genericOfTrade} {
			_, isKind := m[general]
			assert.False(t, isKind, "%q is a general word and a kind", general)
		}
		_, dup := genericOf[kind]
		assert.False(t, dup, kind)
	}
}

// TestCompareNamesTradeVocabulary: names of no table, written for the trade vocabulary. Each
// same-goods pair warned (확인 필요) or blocked before it; the different-goods pairs still differ.
func TestCompareNamesTradeVocabulary(t *testing.T) {
	tests := []nameCase{
		// names of one thing
		{"a hair clipper in two registers", "필립스 바리깡 / 블랙", "필립스 클리퍼 블랙", "", "", "", ""},
		{"seeds in two registers", "청상추 씨앗 / 1000립", "청상추 종자 1000립", "", "", "", ""},
		{"a toothpick in the trade word", "대나무 이쑤시개 / 1000개", "대나무 요지 1000개", "", "", "", ""},
		{"grout in the trade word", "욕실 줄눈 / 화이트 1kg", "욕실 메지 화이트 1kg", "", "", "", ""},
		{"a circular saw in the trade word", "마끼다 원형톱 / 본체", "마끼다 마루노코 본체", "", "", "", ""},
		{"a breast pump in two registers", "전동 유축기 / 더블", "전동 브레스트펌프 더블", "", "", "", ""},
		{"a curtain spelt two ways", "암막 커튼 / 그레이 2장", "암막 커텐 그레이 2장", "", "", "", ""},
		{"a toilet in two words", "대림 양변기 / 투피스", "대림 좌변기 투피스", "", "", "", ""},
		{"a barbell in two registers", "올림픽 바벨 / 20kg", "올림픽 역기 20kg", "", "", "", ""},
		{"coolant in two words", "불스원 부동액 / 4L", "불스원 냉각수 4L", "", "", "", ""},
		{"urea solution in two registers", "유록스 요소수 / 10L", "유록스 애드블루 10L", "", "", "", ""},
		{"a phone grip in two names", "투명 그립톡 / 클리어", "투명 팝소켓 클리어", "", "", "", ""},
		{"a ceiling light in two words", "LED 방등 / 50W", "LED 천장등 50W", "", "", "", ""},
		{"sneakers written as shoes", "나이키 운동화 / 270mm", "나이키 신발 270mm", "", "", "", ""},
		{"a backpack written as a bag", "잔스포츠 백팩 / 블랙", "잔스포츠 가방 블랙", "", "", "", ""},
		{"mustard written 겨자색", "면 티셔츠 / 겨자색 L", "면 티셔츠 머스타드 L", "", "", "", ""},
		{"ivory written 상아색", "울 니트 / 상아색 FREE", "울 니트 아이보리 FREE", "", "", "", ""},
		// different goods stay apart
		{"a clipper is no trimmer", "필립스 바리깡 / 블랙", "필립스 트리머 블랙", order.Warn, KindWord, "바리깡", "트리머"},
		{"seeds are no seedlings", "청상추 씨앗 / 10개", "청상추 모종 10개", order.Warn, KindWord, "씨앗", "모종"},
		{"two kinds of shoes", "나이키 운동화 / 270mm", "나이키 구두 270mm", order.Warn, KindWord, "운동화", "구두"},
		{"shoes are no bag", "나이키 신발 / 블랙", "나이키 가방 블랙", order.Warn, KindWord, "신발", "가방"},
		{"a circular saw is no jigsaw", "마끼다 원형톱 / 본체", "마끼다 직소 본체", order.Warn, KindWord, "원형톱", "직소"},
		{"a lawn mower is no brush cutter", "혼다 잔디깎이 / 4행정", "혼다 예초기 4행정", order.Warn, KindWord, "잔디깎이", "예초기"},
		{"coolant is no washer fluid", "불스원 부동액 / 4L", "불스원 워셔액 4L", order.Warn, KindWord, "부동액", "워셔액"},
		{"a curtain is no blind", "암막 커튼 / 그레이", "암막 블라인드 그레이", order.Warn, KindWord, "커튼", "블라인드"},
		{"mustard is no yellow", "면 티셔츠 / 겨자색 L", "면 티셔츠 옐로우 L", order.Block, KindColor, "겨자색", "옐로우"},
	}
	runNameCases(t, tests)
}
