package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMaterials: materials and woods, in either script or register; two materials, two woods, two
// metals or artificial leather against leather differ, and 철 inside a word is no metal (names of no
// table).
func TestMaterials(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two materials", "빈폴 남성 벨트 / 가죽 110cm", "빈폴 남성 벨트 캔버스 110cm", order.Block, KindMaterial, "가죽", "캔버스"},
		{"a material in another script", "닥스 여성 머플러 / 캐시미어 베이지", "DAKS 닥스 여성 목도리 cashmere 베이지", "", "", "", ""},
		{"a material said on one side beside another word", "빈폴 남성 벨트 / 블랙 110cm", "빈폴 남자 레더 정장 벨트 검정 110", "", "", "", ""},
		{"a compound of a material written two ways", "한일 탄소섬유 매트 / 싱글", "한일 카본매트 싱글", "", "", "", ""},
		{"a wood in two registers", "편백 도마 / 대", "히노끼 도마 대", "", "", "", ""},
		{"two woods", "편백 도마 / 대", "오크 도마 대", order.Block, KindMaterial, "편백", "오크"},
		{"a species beside solid wood", "코멧 도마 / 자작나무 원목 대", "코멧 원목 도마 대", "", "", "", ""},
		{"latex is not rubber", "주방 장갑 / 라텍스 M", "주방 장갑 고무 M", order.Block, KindMaterial, "라텍스", "고무"},
		{"artificial leather still differs from leather", "벨트 / 소가죽 110cm", "벨트 인조가죽 110cm", order.Block, KindMaterial, "소가죽", "인조가죽"},
		{"iron is not stainless steel", "경첩 / 스텐 2개", "경첩 철제 2개", order.Block, KindMaterial, "스텐", "철제"},
		{"철 inside a word is no metal", "철분 영양제 / 60정", "철분 영양제 60정", "", "", "", ""},
	})
}
