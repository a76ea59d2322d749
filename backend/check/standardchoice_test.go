package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The name the buyer saw writes the standard type (일반형, 기본형) while the seller's name writes a
// word of another model that it leaves unexplained (standardchoice.go): a look is asked for.
// The seller's name saying plain itself, naming the goods as sold (본체), or describing a use or
// purpose in its product name (주방용, 도난방지) does not.
func TestStandardTypeAgainstAChoice(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an opening of the option against the standard type", "모기장 원터치 / 지퍼 200x220", "모기장 일반형 200x220", order.Warn, KindVariety, "원터치", "일반형"},
		{"a suction shelf against the standard type", "욕실 선반 / 흡착식 2단", "욕실 선반 일반형 2단", order.Warn, KindVariety, "흡착식", "일반형"},
		{"a lock with an alarm against the basic type", "자전거 자물쇠 / 경보기 부착", "자전거 자물쇠 기본형", order.Warn, KindVariety, "경보기", "기본형"},
		{"a kettle with temperature control against the basic type", "전기포트 / 온도조절 1.7L", "전기포트 기본형 1.7L", order.Warn, KindVariety, "온도조절", "기본형"},
		{"a sonic toothbrush against the standard type", "전동 칫솔 / 음파 블랙", "전동 칫솔 일반형 블랙", order.Warn, KindVariety, "음파", "일반형"},
		{"the option says the standard type", "[당일발송] 튼튼한 빨래건조대 / 일반형", "빨래건조대 일반형", "", "", "", ""},
		{"praise in the product name", "튼튼한 국산 빨래건조대 대용량 / 1개", "빨래건조대 일반형, 1개", "", "", "", ""},
		{"nothing left over", "욕실 선반 / 2단", "욕실 선반 일반형 2단", "", "", "", ""},
		{"the main unit as sold", "무선 청소기 / 본체", "무선 청소기 기본형", "", "", "", ""},
		{"a use in the product name", "고무장갑 주방용 / 화이트 M", "고무장갑 일반형 화이트 M", "", "", "", ""},
		{"a purpose in the product name", "핸들락 도난방지 / 기본", "핸들락 기본형", "", "", "", ""},
		{"the option says plain without 형", "전기포트 스테인리스 / 일반 1.7L", "전기포트 기본형 1.7L", "", "", "", ""},
	})
}

func TestStandardChoiceReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"수평계 알루미늄 / 마그네틱 600mm", "수평계 알루미늄 일반형 600mm", "종류 마그네틱 ↔ 일반형"},
	})
}
