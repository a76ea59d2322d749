package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestGluedIncluded: a part written with 포함 glued to it (거치대포함) says the goods come with the
// part as 거치대 포함 does, against a name that joins the goods to the part with a plus; a name
// that writes the part alone still sells the part alone (names of no table).
func TestGluedIncluded(t *testing.T) {
	runNameCases(t, []nameCase{
		{"glued 포함 against a plus", "전기그릴 불판 + 찜판 / 1세트", "전기그릴 찜판포함", "", "", "", ""},
		{"glued 포함 after the goods", "휴대용 가습기 물통 + 필터 / 1세트", "휴대용 가습기 필터포함", "", "", "", ""},
		{"spaced 포함 against a plus", "전기그릴 불판 + 찜판 / 1세트", "전기그릴 찜판 포함", "", "", "", ""},
		{"the part alone", "전기그릴 불판 + 찜판 / 1세트", "찜판, 1개", order.Block, KindBundle, "불판", ""},
	})
}
