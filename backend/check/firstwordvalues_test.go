package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A first word standing where the other name writes a listed value before the same word is a
// rival value of that kind, not a brand (firstwordvalues.go); the goods, a use and what the
// other name explains are not.
func TestFirstWordAgainstAValue(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an unlisted material against a listed one", "자개 보석함 / 소형", "플라스틱 보석함 소형, 1개", order.Warn, KindMaterial, "자개", "플라스틱"},
		{"an unlisted pattern against a listed one", "잔꽃 앞치마 / 베이지", "체크 앞치마 베이지, 1개", order.Warn, KindPattern, "잔꽃", "체크"},
		{"a use is no material", "분갈이용 화분 / 중형", "플라스틱 화분 중형, 1개", "", "", "", ""},
		{"goods of the vocabulary are no material", "덤벨 거치대 / 2단", "플라스틱 거치대 2단, 1개", "", "", "", ""},
	})
}

func TestFirstWordAgainstAValueReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"자개 보석함 / 소형", "플라스틱 보석함 소형, 1개", "소재 자개 ↔ 플라스틱"},
	})
}
