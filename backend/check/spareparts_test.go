package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A part sold alone with 교체용 or 증설용 before it, against a name that does not write the part,
// asks for a look (spareparts.go); a part the other name writes, in a word of its own, inside a
// word or in the vocabulary's other spelling, and 교체용 after the goods, are not read.
func TestSpareParts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a replacement part", "캠핑의자 교체용 시트 / 블랙", "헬리녹스 캠핑의자 블랙, 1개", order.Warn, KindBundle, "교체용 시트", ""},
		{"glued to the part", "로봇청소기 교체용브러시 / 그레이", "로봇청소기 그레이, 1개", order.Warn, KindBundle, "교체용브러시", ""},
		{"an extra unit", "코맥스 인터폰 / 증설용 실내기", "코맥스 인터폰, 1개", order.Warn, KindBundle, "증설용 실내기", ""},
		{"on the catalogue's side", "브라운 전동칫솔 / 본품", "브라운 전동칫솔 교체용 충전기, 1개", order.Warn, KindBundle, "", "교체용 충전기"},
		{"the part written", "공기청정기 교체용 필터 / 1개", "공기청정기 필터, 1개", "", "", "", ""},
		{"the part inside a word", "가습기 교체용 필터 / 2개", "가습기 정수필터, 2개", "", "", "", ""},
		{"the part in another spelling", "리모컨 교체용 건전지 / 2개", "리모컨 배터리, 2개", "", "", "", ""},
		{"the goods before 교체용", "지팡이 고무팁 교체용 / 2개", "지팡이 고무 팁, 2개", "", "", "", ""},
	})
}

// The other name saying a replacement itself (리필, 호환) leaves the part to the word rule.
func TestSparePartsBothReplacements(t *testing.T) {
	got := CompareNames("스팀청소기 교체용 패드 / 2개", "스팀청소기 리필 걸레, 2개")
	for _, d := range got.Differences {
		assert.NotEqual(t, KindBundle, d.Kind, "%+v", got.Differences)
	}
}

func TestSparePartsReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"트램펄린 교체용 그물 / 1개", "트램펄린 140cm, 1개", "구성 교체용 그물 ↔ 표기 없음"},
	})
}

// A word between 교체용 and the part describes the part (교체용 논스틱 바스켓): when the other name
// writes the word after it, the part is written (spareparts.go); names of no table.
func TestSparePartDescribed(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a foam ear tip", "무선이어폰 교체용 폼 이어팁 / M", "무선이어폰 이어팁 M, 1개", "", "", "", ""},
		{"a non-stick basket", "에어프라이어 교체용 논스틱 바스켓 / 5.5L", "에어프라이어 바스켓 5.5L, 1개", "", "", "", ""},
		{"a high-grade filter", "로봇청소기 교체용 고성능 필터 / 2개", "로봇청소기 필터, 2개", "", "", "", ""},
		{"the basket alone against the fryer", "에어프라이어 교체용 논스틱 바스켓 / 5.5L", "에어프라이어 5.5L, 1개", order.Warn, KindBundle, "교체용 논스틱", ""},
		{"a colour after the part is no part", "전기포트 교체용 뚜껑 화이트 / 1.7L", "전기포트 화이트 1.7L, 1개", order.Warn, KindBundle, "교체용 뚜껑", ""},
		{"a net alone", "트램펄린 교체용 안전망 / 54인치", "트램펄린 54인치, 1개", order.Warn, KindBundle, "교체용 안전망", ""},
	})
}
