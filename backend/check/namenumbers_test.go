package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A count whose number the other name writes as a number or a code of the goods' name is that
// number, when leaving it out makes both names count the same (namenumbers.go).
func TestNameNumbersAreNoCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a volume of a series", "슬램덩크 만화책 신장판 / 24권", "슬램덩크 신장판 24, 1권", "", "", "", ""},
		{"exposures written as a code", "후지 컬러필름 200 / 24컷", "후지 컬러 필름 ISO 200 24exp, 1롤", "", "", "", ""},
		{"a model written with a letter", "윌슨 X-30 테니스공 / 4개입", "Wilson X30 테니스볼, 4개", "", "", "", ""},
		{"another number of volumes", "슬램덩크 만화책 신장판 / 24권", "슬램덩크 신장판 24, 2권", order.Block, KindCount, "24개", "2개"},
		{"other exposures", "후지 컬러필름 200 / 24컷", "후지 컬러 필름 ISO 200 36exp, 1롤", order.Block, KindCount, "24개", "1개"},
		{"a letter counter may be pieces", "짐벌 스마트 5P / 본품", "짐벌 스마트 5, 1개", order.Block, KindCount, "5개", "1개"},
	})
}

// TestNumbersOfTheProductAreNoCounts: a number of the product's name, the end of a code, a digit of
// a number balloon or a range's ends are no count of the option; the option's count still counts
// (names of no table).
func TestNumbersOfTheProductAreNoCounts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the end of a code is no count", "일리 캡슐머신 Y5.5 / 블랙", "illy 일리 Y5.5 캡슐 커피머신 블랙", "", "", "", ""},
		{"a model number written with a P", "마와 논슬립 옷걸이 실루엣 41P / 10개", "마와 실루엣 41 P 논슬립 옷걸이 10p", "", "", "", ""},
		{"the option's count still counts", "마와 논슬립 옷걸이 실루엣 41P / 10개", "마와 실루엣 41 P 논슬립 옷걸이 20p", order.Block, KindCount, "10개", "20개"},
		{"a count of the product part written by both", "베베숲 물티슈 100매 / 10팩", "베베숲 물티슈 100매 x 10팩", "", "", "", ""},
		{"another digit of a number balloon", "파티쇼 숫자 풍선 / 골드 3 40인치", "파티쇼 숫자 풍선 골드 8 40인치, 1개", order.Block, KindSize, "3", "8"},
		{"a digit against a count of one", "파티쇼 숫자 풍선 / 골드 1 40인치", "파티쇼 숫자 풍선 골드 7 40인치, 1개", order.Block, KindSize, "1", "7"},
		{"the same digit", "파티쇼 숫자 풍선 / 골드 3 40인치", "파티쇼 숫자 풍선 골드 3 40인치, 1개", "", "", "", ""},
		{"a range's ends are still numbers", "청송 사과 / 5kg 15~17과", "청송 사과 5kg 15-17과", "", "", "", ""},
	})
}

// A model written with a letter (X-20 against X20) is no count in a bundle either: the exposed
// name may state the bundle's total beside it; another total still blocks (names of no table).
func TestNameNumbersInABundle(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		bundle              int
		match               bool
	}{
		{"신한 아크릴물감 X-20 오렌지 / X-20 1개", "SHINHAN 아크릴 X20 오렌지 20ml, 3개", 3, true},
		{"신한 아크릴물감 X-20 오렌지 / X-20 1개", "SHINHAN 아크릴 X20 오렌지 20ml, 1개", 3, true},
		{"신한 아크릴물감 X-20 오렌지 / X-20 1개", "SHINHAN 아크릴 X20 오렌지 20ml, 2개", 3, false},
	} {
		c := CompareBundle(tc.registered, tc.exposed, tc.bundle)
		assert.Equal(t, tc.match, c.Match, "%s | %s | bundle %d: %+v", tc.registered, tc.exposed, tc.bundle, c.Differences)
		if !tc.match {
			assert.True(t, c.Blocks(), "%s | %s", tc.registered, tc.exposed)
		}
	}
}
