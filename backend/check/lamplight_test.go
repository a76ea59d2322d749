package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 라이트 beside a name of a lamp (랜턴, 램프, 무드등) is the noun, like beside LED (names of no table).
func TestLightBesideALampIsTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a lantern that lights", "크레모아 울트라 미니 랜턴 캠핑 라이트 충전식 / 샌드 1개", "CLAYMORE 울트라 미니 랜턴 샌드", "", "", "", ""},
		{"a rechargeable lantern", "캠핑 랜턴 충전식 라이트 / 블랙", "캠핑 랜턴 블랙", "", "", "", ""},
		{"a night light", "무드등 수면등 라이트 / 화이트", "무드등 수면 조명 화이트", "", "", "", ""},
		{"a head torch glued", "헤드랜턴 라이트 등산 / 블랙", "헤드랜턴 블랙", "", "", "", ""},
		{"a lamp", "캠핑 램프 감성 라이트 / 우드", "캠핑 램프 우드", "", "", "", ""},
		{"the option chooses the edition", "캠핑 랜턴 / 라이트", "캠핑 랜턴 프로", order.Block, KindVariant, "라이트", "프로"},
		{"a chair is no lamp", "의자 라이트 / 블랙", "의자 블랙", order.Block, KindVariant, "라이트", ""},
	})
}

// 라이트 against a name of a lamp on the other side (전조등, 후미등, 랜턴) is the same goods, the
// light, not a Lite edition the other name leaves out (names of no table).
func TestLightAgainstALampIsTheGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a headlight called a light", "시마노 자전거 전조등 USB충전 800루멘 / 블랙", "시마노 자전거 라이트 800루멘, 블랙", "", "", "", ""},
		{"a tail light called a light", "토픽 자전거 후미등 레드 LED / 1개", "토픽 자전거 라이트, 1개", "", "", "", ""},
		{"a lantern called a light", "콜맨 캠핑 랜턴 충전식 / 그린", "콜맨 캠핑 라이트 충전식, 그린", "", "", "", ""},
		{"a chair is still no lamp", "의자 접이식 / 블랙", "의자 라이트 접이식, 블랙", order.Block, KindVariant, "", "라이트"},
	})
}
