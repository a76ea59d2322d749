package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A generation written in English (2nd Gen, 3rd generation, Gen 2) is the generation 세대 writes.
func TestEnglishGenerations(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "ordinal and gen against another 세대", reg: "무선 이어버드 / 1세대", exp: "Wireless Earbuds 2nd Gen, 1개",
			severity: order.Block, kind: KindUnit, r: "1세대", e: "2nd Gen"},
		{name: "gen and a number against another 세대", reg: "무선 충전 패드 2세대", exp: "Wireless Charging Pad Gen 3, 1개",
			severity: order.Block, kind: KindUnit, r: "2세대", e: "Gen 3"},
		{name: "ordinal and generation against another 세대, registered in English", reg: "로봇청소기 3rd generation / 화이트", exp: "로봇청소기 4세대 화이트",
			severity: order.Block, kind: KindUnit, r: "3rd generation", e: "4세대"},
		{name: "the same generation beside another code", reg: "미디어 박스 2세대 / 2nd Gen", exp: "Media 박스 2세대 4K, 1개"},
		{name: "the same generation in both scripts", reg: "무선 충전 패드 / 2nd Gen", exp: "무선 충전 패드 2세대, 1개"},
	})
}
