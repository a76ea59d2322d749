package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Capitals that shorten the English of the other name's Hangul word (NT, NAT for 내추럴) are that
// word; other capitals still ask for a look (names of no table).
func TestCapitalsShortenTheOtherWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"NT for natural", "크래프터 D-7 통기타 입문용 / 내추럴", "크래프터 D7 어쿠스틱 기타, NT", "", "", "", ""},
		{"NAT for natural", "에피폰 DR-100 통기타 / 내추럴", "Epiphone DR100 통기타, NAT", "", "", "", ""},
		{"SB is no natural", "크래프터 D-7 통기타 입문용 / 내추럴", "크래프터 D7 어쿠스틱 기타, SB", order.Warn, KindWord, "내추럴", "SB"},
	})
}
