package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A shade's name after its number is no colour the catalogue leaves out when it writes the same
// number bare (round82, names of no table); another number, or other words after the same
// number, still differ.
func TestShadeNamedAfterItsNumber(t *testing.T) {
	runNameCases(t, []nameCase{
		{"shade number and name against the number", "[NEW] 클리오 킬커버 파운웨어 쿠션 15g / 23호 진저", "CLIO 킬커버 파운웨어 쿠션 15g, 23호", "", "", "", ""},
		{"shade code and a name of two words", "[리뉴얼] 에스쁘아 비글로우 쿠션 / 19C1 로지 아이보리", "espoir 비글로우 쿠션, 19C1, 13g", "", "", "", ""},
		{"shade named like a flavour", "라네즈 네오쿠션 매트 15g / 25N 바닐라", "LANEIGE 네오쿠션 매트, 25N, 15g", "", "", "", ""},
		{"shade code of letters then digits", "롬앤 베러댄 치크 / PK03 피치 밀크", "rom&nd 베러댄치크 PK03, 1개", "", "", "", ""},
		{"a model joined by a hyphen keeps its colour", "브리츠 블루투스 스피커 BZ-M200 / 베이지", "브리츠 블루투스 스피커 BZ-M200 화이트, 1개", order.Block, KindColor, "베이지", "화이트"},
		{"other shade numbers", "클리오 킬커버 쿠션 15g / 23호 진저", "CLIO 킬커버 쿠션 15g, 21호", order.Block, KindSize, "23호", "21호"},
		{"other words after the same number", "모던 전선몰딩 2호 1m / 아이보리", "전선몰딩 2호 그레이 1m", order.Block, KindColor, "아이보리", "그레이"},
	})
}
