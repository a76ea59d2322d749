package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A brand written two ways at the start of both names, or with its maker's name glued to its Latin
// letters (brandspellings.go), is one brand; two words that differ in more than a spelling are
// still two words.
func TestBrandWrittenOtherwise(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tense consonant in a brand's Hangul spelling", "빠리바게뜨 단팥빵 / 1개", "파리바게뜨 단팥빵, 1개", "", "", "", ""},
		{"a Latin r Korean writes as a syllable", "보르그 카라비너 / 1개", "BORG 등반용 카라비너, 1개", "", "", "", ""},
		{"the maker's name glued to the brand's letters", "CJ 비비고 왕교자 / 1kg", "CJ제일제당 왕교자 1kg, 1개", "", "", "", ""},
		{"goods glued to Latin letters are no maker", "LED전구 / 10W", "LED 형광등 10W, 1개", order.Warn, KindWord, "전구", "형광등"},
		{"two Latin brands that sound alike are two brands", "Canon 카메라 가방 / 블랙", "Canton 카메라 가방 블랙, 1개", order.Warn, KindWord, "Canon", "Canton"},
		{"a final consonant makes another word", "단결정 실리콘 웨이퍼 / 4인치", "다결정 실리콘 웨이퍼 4인치, 1개", order.Warn, KindWord, "단결정", "다결정"},
	})
}

// TestTwoMakersOfOneGroup: a maker glued to the group's Latin letters (LG생활건강) is the maker
// written out only against the letters alone (LG); against another maker of the group (LG전자) the
// two stay words to look at (review 28, names of no table).
func TestTwoMakersOfOneGroup(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two makers of one group", "LG생활건강 치약 / 120g", "LG전자 치약 120g, 1개", order.Warn, KindWord, "생활건강", "전자"},
		{"the maker written out", "SK매직 정수기 / 렌탈", "SK 정수기 렌탈, 1개", "", "", "", ""},
	})
}

// TestInitialismsSpeltInHangul: an initialism spelt with the letters' names (엘지, 쓰리엠, 에이치피) is the
// brand, a vocabulary word written apart beside a brand in another script is the same word; a
// length still counts and variants and other goods still differ (names of no table).
func TestInitialismsSpeltInHangul(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an initialism spelt in Hangul", "LG전자 코드제로 청소기 / A9S", "엘지 코드제로 청소기 A9S", "", "", "", ""},
		{"a brand that reads as a length", "3M 양면테이프 / 12mm x 5m", "쓰리엠 양면 테이프 12mm*5m", "", "", "", ""},
		{"the other way round", "에이치피 정품 잉크 / 검정", "HP 정품 잉크 검정", "", "", "", ""},
		{"three metres of a cable still count", "벨킨 케이블 / 3m", "벨킨 케이블 2m", order.Block, KindLength, "3m", "2m"},
		{"a vocabulary word written apart beside a brand in another script", "메종드퍼퓸 디퓨저 / 200ml 블랙체리", "maison 리드 디퓨저 200ml 블랙체리", "", "", "", ""},
		{"a variant glued to a model's number", "슈피겐 아이폰 15 프로 케이스 / 블랙", "슈피겐 아이폰15프로 케이스 검정", "", "", "", ""},
		{"a glued variant still differs from none", "슈피겐 아이폰 15 케이스 / 블랙", "슈피겐 아이폰15프로 케이스 검정", order.Block, KindVariant, "", "15프로"},
		{"SD is not microSD", "삼성 EVO SD카드 / 64GB", "삼성 EVO microSD 64GB", order.Warn, KindWord, "카드", "microSD"},
	})
}

// TestLengthAtTheStartOfAName: 3M at the start of a name is the brand when the other name writes it
// too or leaves it out; two lengths at the start, or a length against one at the end, still differ
// (names of no table).
func TestLengthAtTheStartOfAName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"3M at the start and not written by the other name", "3M 마스킹테이프 / 24mm x 40m", "마스킹 테이프 24mm x 40m", "", "", "", ""},
		{"two lengths at the start still differ", "3M 연장 케이블 / 블랙", "5M 연장 케이블 블랙", order.Block, KindLength, "3M", "5M"},
		{"another length at the start is a length", "2M 연장 케이블 / 블랙", "연장 케이블 5m 블랙", order.Block, KindLength, "2M", "5m"},
		{"a length in lower case is a length", "3m 연장 케이블 / 블랙", "연장 케이블 5m 블랙", order.Block, KindLength, "3m", "5m"},
		{"3M starting both names", "3M 스카치 테이프 / 18mm x 30m", "3M 스카치 매직 테이프 18mm x 30m, 1개", "", "", "", ""},
		{"three metres of a cable still count", "벨킨 케이블 / 3m", "벨킨 케이블 3m 블랙", "", "", "", ""},
	})
}

// TestDoctorWrittenInHangul: Dr. written 닥터 is the same title; the goods after it still differ
// (names of no table).
func TestDoctorWrittenInHangul(t *testing.T) {
	runNameCases(t, []nameCase{
		{"Dr. written 닥터 with another word left", "닥터포헤어 샴푸 / 500ml", "Dr.FORHAIR 폴리젠 샴푸 500ml", "", "", "", ""},
		{"Dr. and the goods still differ", "닥터포헤어 샴푸 / 500ml", "Dr.FORHAIR 폴리젠 트리트먼트 500ml", order.Block, attrKind, "샴푸", ""},
	})
}
