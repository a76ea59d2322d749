package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestTranslationGroupsJoinOneGroup: a group of the fifth trade vocabulary (words in two
// registers) joins at most one earlier group, so all its words compare as one word; none of its
// words is an attribute of the lexicon or a stop word, which the word rule never reads.
func TestTranslationGroupsJoinOneGroup(t *testing.T) { assertGroupsJoinOne(t, translationGroups) }

// TestCompareNamesTranslationVocabulary: names of no table, written for the fifth trade
// vocabulary. Each same-goods pair warned (확인 필요) before it; the different-goods pairs still
// differ.
func TestCompareNamesTranslationVocabulary(t *testing.T) {
	tests := []nameCase{
		// one thing in two registers
		{"iron in the loanword", "솔가 킬레이트 철분 / 100정", "Solgar 킬레이트 아이언 100정, 1개", "", "", "", ""},
		{"an extract in the loanword", "나우푸드 녹차 추출물 / 60캡슐", "NOW 녹차 엑스트랙트 60캡슐, 1개", "", "", "", ""},
		{"a wig's hair in the loanword", "코스프레 롱 웨이브 가발 / 금발", "코스프레 롱 웨이브 가발 블론드, 1개", "", "", "", ""},
		{"a stock pot in the trade word", "스텐 곰솥 / 36cm", "스텐 들통 36cm, 1개", "", "", "", ""},
		{"a season in the loanword", "불스원 여름용 워셔액 / 2L", "불스원 썸머 워셔액 2L, 1개", "", "", "", ""},
		{"non-slip in the loanword", "욕실 미끄럼방지 매트 / 그레이", "욕실 논슬립 매트 그레이, 1개", "", "", "", ""},
		{"a cool box in the loanword", "로고스 하드 아이스박스 / 30L", "LOGOS 하드 쿨러 30L, 1개", "", "", "", ""},
		{"a baby walker in the loanword", "타이니러브 아기 보행기 / 블루", "타이니러브 아기 워커 블루, 1개", "", "", "", ""},
		{"folate in the loanword", "쏜리서치 메틸 엽산 / 60캡슐", "Thorne 메틸 폴레이트 60캡슐, 1개", "", "", "", ""},
		{"a study use in two words", "카시오 학습용 타이머 / 화이트", "CASIO 공부용 타이머 화이트, 1개", "", "", "", ""},
		// different things stay apart
		{"a study use is no kitchen use", "카시오 학습용 타이머 / 화이트", "카시오 주방용 타이머 화이트, 1개", order.Warn, KindWord, "학습용", "주방용"},
		{"iron is no zinc", "솔가 킬레이트 철분 / 100정", "솔가 킬레이트 마그네슘 100정, 1개", order.Warn, KindWord, "철분", "마그네슘"},
		{"summer is no winter", "불스원 여름용 워셔액 / 2L", "불스원 겨울용 워셔액 2L, 1개", order.Warn, KindWord, "여름용", "겨울용"},
		{"a stock pot is no frying pan", "스텐 곰솥 / 36cm", "스텐 프라이팬 36cm, 1개", order.Block, KindGoods, "", "프라이팬"},
	}
	runNameCases(t, tests)
}
