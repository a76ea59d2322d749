package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGoodsGroupsJoinOneGroup: a group of the second trade vocabulary joins at most one earlier
// group, so all its words compare as one word; none of its words is an attribute of the lexicon
// or a stop word, which the word rule never reads.
func TestGoodsGroupsJoinOneGroup(t *testing.T) { assertGroupsJoinOne(t, goodsGroups) }

// TestCompareNamesGoodsVocabulary: names of no table, written for the second trade vocabulary.
// Each same-goods pair warned (확인 필요) before it; the different-goods pairs still differ.
func TestCompareNamesGoodsVocabulary(t *testing.T) {
	tests := []nameCase{
		// names of one thing
		{"a measuring cup as a loanword", "스텐 계량컵 / 500ml", "스텐 메저컵 500ml", "", "", "", ""},
		{"a compressor spelt in the trade", "저소음 에어컴프레셔 / 30L", "저소음 콤프레샤 30L", "", "", "", ""},
		{"putty in the Japanese-era word", "벽 퍼티 / 1kg", "벽 빠데 1kg", "", "", "", ""},
		{"a melodica in two names", "학생용 멜로디언 / 32건반", "학생용 멜로디카 32건반", "", "", "", ""},
		{"flounder in its standard name", "제주 광어 / 1kg", "제주 넙치 1kg", "", "", "", ""},
		{"a taller model as a loanword", "원목 책장 / 높은형", "원목 책장 하이형", "", "", "", ""},
		{"a spotlight in two words", "벽걸이 스팟조명 / 화이트", "벽걸이 스포트라이트 화이트", "", "", "", ""},
		{"a mosquito racket in two words", "전기 모기채 / 충전식", "전기 파리채 충전식", "", "", "", ""},
		{"camping cookware in two words", "캠핑 코펠 / 4인용", "캠핑 쿠커 4인용", "", "", "", ""},
		{"window tint film in two spellings", "차량용 썬팅필름 / 15%", "차량용 틴팅필름 15%", "", "", "", ""},
		{"chives in the regional word", "국산 부추 / 1kg", "국산 정구지 1kg", "", "", "", ""},
		{"mittens in two words", "여성 벙어리장갑 / 핑크", "여성 손모아장갑 핑크", "", "", "", ""},
		{"a glasses case in the everyday word", "가죽 안경케이스 / 브라운", "가죽 안경집 브라운", "", "", "", ""},
		{"adult diapers in two words", "성인용기저귀 / 대형 10매", "어른기저귀 대형 10매", "", "", "", ""},
		{"timber battens in two words", "목재 각재 / 30x30", "목재 각목 30x30", "", "", "", ""},
		// different goods stay apart
		{"a cool box is no cool bag", "캠핑 아이스박스 / 25L", "캠핑 보냉백 25L", order.Warn, KindWord, "아이스박스", "보냉백"},
		{"a measuring cup is no measuring spoon", "스텐 계량컵 / 500ml", "스텐 계량스푼 500ml", order.Warn, KindWord, "계량컵", "계량스푼"},
		{"a pet carrier is no pet stroller", "강아지 이동장 / M", "강아지 개모차 M", order.Warn, KindWord, "이동장", "개모차"},
		{"a taller model is no lower one", "원목 책장 / 높은형", "원목 책장 낮은형", order.Warn, KindWord, "높은형", "낮은형"},
	}
	runNameCases(t, tests)
}
