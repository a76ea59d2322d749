package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A modifier written in Latin letters after a code is the same modifier as its Hangul spelling
// after that code in the other name (XB3 에지 against XB3 Edge), in any spelling that sounds alike.
func TestModifierSpelledInHangul(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "edge in Hangul after the code", reg: "무선 스피커 XB3 에지 / 블랙", exp: "Wireless Speaker XB3 Edge, 블랙, 1개"},
		{name: "edge in Hangul after the code, the other way", reg: "무선 스피커 XB3 Edge / 블랙", exp: "무선 스피커 XB3 에지 블랙, 1개"},
		{name: "go in Hangul after the code", reg: "액션캠 K7 고 / 블랙", exp: "Action Cam K7 Go, 블랙, 1개"},
		{name: "another word after the code still blocks", reg: "무선 스피커 XB3 에코 / 블랙", exp: "Wireless Speaker XB3 Edge, 블랙, 1개",
			severity: order.Block, kind: KindModel, r: "XB3", e: "XB3 Edge"},
	})
}
