package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCottonAsFibre: 코튼 written as a fibre (organic, or with its share of the cloth) or beside a
// rope is the material, not a scent; a scent the other name says still differs (names of no
// table).
func TestCottonAsFibre(t *testing.T) {
	runNameCases(t, []nameCase{
		{"organic cotton bib", "오가닉 코튼 아기 턱받이 / 아이보리", "유기농 아기 턱받이 아이보리, 1개", "", "", "", ""},
		{"cotton with its share of the cloth", "데일리 에코백 코튼 100% / 네이비", "데일리 에코백 네이비, 1개", "", "", "", ""},
		{"cotton rope", "면 빨랫줄 로프 / 10mm 20m", "코튼 로프 빨랫줄 10mm 20m", "", "", "", ""},
		{"organic cotton against another scent still differs", "오가닉 코튼 섬유유연제 / 2L", "섬유유연제 라벤더 2L", order.Block, KindScent, "코튼", "라벤더"},
		{"폴리코튼 is a blended cloth, no scent", "캠핑 면텐트 폴리코튼 / 4인용 샌드", "캠핑 텐트 4인용 샌드, 1개", "", "", "", ""},
		{"폴리 코튼 written apart is the cloth too", "작업복 상의 폴리 코튼 / 그레이 L", "작업복 상의 그레이 L, 1개", "", "", "", ""},
		{"폴리 not glued to 코튼 leaves a cotton scent a scent", "폴리 빨래망 섬유유연제 / 코튼 2L", "폴리 빨래망 섬유유연제 라벤더 2L", order.Block, KindScent, "코튼", "라벤더"},
		{"organic cotton of another colour still differs", "오가닉 코튼 아기 턱받이 / 아이보리", "유기농 아기 턱받이 블랙", order.Block, KindColor, "아이보리", "블랙"},
	})
}
