package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 단모 and 장모 are the two coats a pet brush is made for and the two piles of a rug: stated by
// both names they must agree, and one name alone stating one is wording (names of no table).
func TestCoatLength(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a brush for short coats against one for long coats", "고양이 죽은털 제거 빗 / 단모용 S", "고양이 빗 장모용 S, 1개", order.Block, attrCoat, "단모용", "장모용"},
		{"a long-pile rug against a short-pile one", "극세사 장모 러그 / 160x230 베이지", "극세사 단모 러그 160x230cm 베이지, 1개", order.Block, attrCoat, "장모", "단모"},
		{"short coat in both scripts", "고양이 빗 / 단모 S", "고양이 빗 숏헤어 S, 1개", "", "", "", ""},
		{"the coat said by one name only", "고양이 빗 / 단모 S", "고양이 빗 S, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"고양이 죽은털 제거 빗 / 단모용 S", "고양이 빗 장모용 S, 1개", "털 길이 단모용 ↔ 장모용"},
	})
}
