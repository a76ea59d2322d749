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

// TestGenerationsAndVersions: a generation or a version glued to a name, in native numerals, in
// Roman numerals, in Korean or on one side only; a number after the brand is a year model (names of
// no table).
func TestGenerationsAndVersions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a generation glued to a name", "코보 전자책 리더기 클라라 / 블랙", "코보 전자책 리더기 클라라2 블랙", order.Block, KindModel, "클라라", "클라라2"},
		{"a generation in native numerals", "자우림 정규 앨범 음반 / 1장", "자우림 정규 앨범 셋 음반 1장", order.Block, KindModel, "앨범", "앨범 셋"},
		{"a Roman numeral is the number", "앱코 해커 키보드 클래식 II / 블랙", "앱코 해커 키보드 클래식2 검정", "", "", "", ""},
		{"a number after the brand is a year model", "시마노 세도나 스피닝릴 / 2500", "SHIMANO 시마노 23 세도나 스피닝릴 2500", "", "", "", ""},
		{"a version on one side", "요넥스 이존 100 테니스 라켓 / G2", "요넥스 이존 100 V7 테니스 라켓 G2", order.Block, KindModel, "", "V7"},
		{"a version written glued", "타이틀리스트 PRO V1 골프공 / 12구", "타이틀리스트 프로V1 골프볼 12구", "", "", "", ""},
		{"a generation written in Korean", "뱅앤올룹슨 베오플레이 A1 Gen2 / 블랙", "뱅앤올룹슨 베오플레이 A1 2세대 블랙", "", "", "", ""},
	})
}
