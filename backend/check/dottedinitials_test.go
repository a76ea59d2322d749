package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestDottedInitials: a brand's initials written with dots (L.L.Bean, S.T.Dupont) are no sizes;
// the sizes such a name says still differ, and sizes listed with dots stay sizes (names of no
// table).
func TestDottedInitials(t *testing.T) {
	runNameCases(t, []nameCase{
		{"initials of a bag's brand", "엘엘빈 캔버스 숄더백 미디엄 / 네이비", "L.L.Bean 캔버스 숄더백 미디엄 네이비", "", "", "", ""},
		{"initials of a lighter's brand", "에스티듀퐁 라이터 / 실버", "S.T.Dupont 라이터 실버", "", "", "", ""},
		{"a size the same brand says still differs", "L.L.Bean 캔버스 숄더백 / 미디엄", "L.L.Bean 캔버스 숄더백 라지", order.Block, KindSize, "미디엄", "라지"},
		{"sizes listed with dots stay sizes", "무지 반팔 티셔츠 / S.M", "무지 반팔 티셔츠 XL", order.Block, KindSize, "S, M", "XL"},
	})
}
